package org.lifeline.isolation;

/**
 * Which facilities a caller sees and keeps: the city sees and keeps all; a district's users see its facilities
 * and the city's shelters, and district command keeps the district's; a hospital desk sees only the facility
 * that is its hospital. The condition lives in the SQL.
 */
public record FacilityAccess(boolean everything, Long districtId, String hospitalCode, boolean keeps) {

	public static FacilityAccess city() {
		return new FacilityAccess(true, null, null, true);
	}

	public static FacilityAccess district(long districtId, boolean keeps) {
		return new FacilityAccess(false, districtId, null, keeps);
	}

	public static FacilityAccess desk(String hospitalCode) {
		return new FacilityAccess(false, null, hospitalCode, false);
	}

	public static FacilityAccess none() {
		return new FacilityAccess(false, null, null, false);
	}

	/** The SQL condition over a facility alias; ids are numbers and the hospital code is quoted. */
	String condition(String f) {
		if (everything) {
			return "true";
		}
		if (districtId != null) {
			return "(" + f + ".district_id = " + districtId + " or " + f + ".district_id is null)";
		}
		if (hospitalCode != null) {
			return f + ".hospital_code = '" + hospitalCode.replace("'", "''") + "'";
		}
		return "false";
	}

	/** Whether the caller creates and edits this facility (district command its district's, the city all). */
	boolean edits(Long facilityDistrictId) {
		return keeps && (everything || (districtId != null && districtId.equals(facilityDistrictId)));
	}

	/** Whether the caller works the facility's desk: its hospital's desk, district command for its shelters. */
	boolean worksDesk(FacilityView facility) {
		if (everything && keeps) {
			return true;
		}
		if (facility.kind().hasHospitalDesk()) {
			return hospitalCode != null && hospitalCode.equals(facility.hospitalCode());
		}
		return edits(facility.districtId());
	}
}

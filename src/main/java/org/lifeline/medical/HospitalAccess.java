package org.lifeline.medical;

/**
 * Which hospitals a caller sees and keeps: the city sees all; a district, street or committee user sees the
 * hospitals of their district, and district users keep them; a hospital desk sees and keeps only its own.
 */
public record HospitalAccess(Long districtId, String hospitalCode, boolean keepsDistrict, boolean everything) {

	public static HospitalAccess city() {
		return new HospitalAccess(null, null, true, true);
	}

	public static HospitalAccess district(long districtId, boolean keeps) {
		return new HospitalAccess(districtId, null, keeps, false);
	}

	public static HospitalAccess desk(String hospitalCode) {
		return new HospitalAccess(null, hospitalCode, false, false);
	}

	public static HospitalAccess none() {
		return new HospitalAccess(null, null, false, false);
	}

	boolean sees(HospitalView h) {
		return everything || (districtId != null && districtId == h.districtId()) || (hospitalCode != null && hospitalCode.equals(h.code()));
	}

	boolean edits(HospitalView h) {
		return (keepsDistrict && (everything || (districtId != null && districtId == h.districtId()))) || (hospitalCode != null && hospitalCode.equals(h.code()));
	}
}

package org.lifeline.demo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.lifeline.demo.CityPlan.District;
import org.lifeline.demo.HospitalPlan.Hospital;
import org.postgresql.copy.CopyManager;

/** Writes the hospitals of every district. */
final class HospitalRows {

	private static final String COLUMNS = "code, name, district_id, kinds, address, lat, lon, dialysis_slots, "
			+ "obstetric_beds";

	private HospitalRows() {
	}

	static long write(CopyManager copy, CityPlan plan, long territoryBase, Map<String, List<Hospital>> hospitals)
			throws SQLException {
		try (CopyStream out = CopyStream.into(copy, "hospital", COLUMNS)) {
			for (District district : plan.districts()) {
				for (Hospital hospital : hospitals.get(district.facts().code())) {
					out.text(hospital.code()).text(hospital.name()).number(territoryBase + district.node());
					out.array(hospital.kinds()).text(hospital.address()).decimal(hospital.lat()).decimal(hospital.lon());
					out.id(hospital.dialysisSlots() == null ? null : hospital.dialysisSlots().longValue());
					out.id(hospital.obstetricBeds() == null ? null : hospital.obstetricBeds().longValue());
					out.end();
				}
			}
			return out.finish();
		}
	}
}

package org.lifeline.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.lifeline.demo.CityPlan.Committee;
import org.lifeline.demo.CityPlan.Compound;
import org.lifeline.demo.CityPlan.District;
import org.lifeline.demo.CityPlan.Street;
import org.lifeline.demo.HospitalPlan.Hospital;
import org.postgresql.copy.CopyManager;

/**
 * Writes the residents, walking the same households in the same order as {@link HouseholdRows} so each resident
 * gets its household's id and the territory ids of its building.
 */
final class ResidentRows {

	private static final String COLUMNS = "id, household_id, building_id, compound_id, committee_id, street_id, "
			+ "district_id, name, id_type, id_number, phone, birth_date, sex, tags, dialysis_hospital_code, "
			+ "oncology_hospital_code, pregnancy_due_date, long_term_medicines";

	private final CityPlan plan;

	private final Ids ids;

	private final LocalDate today;

	private final Map<String, List<Hospital>> hospitals;

	private District district;

	private ResidentGenerator generator;

	private long households;

	private long residents;

	ResidentRows(CityPlan plan, Ids ids, LocalDate today, Map<String, List<Hospital>> hospitalsByDistrict) {
		this.plan = plan;
		this.ids = ids;
		this.today = today;
		this.hospitals = hospitalsByDistrict;
	}

	long write(CopyManager copy) throws SQLException {
		try (CopyStream out = CopyStream.into(copy, "resident", COLUMNS)) {
			plan.eachCompound((district, street, committee, compound) -> compound(out, district, street, committee,
					compound));
			return out.finish();
		}
	}

	private void compound(CopyStream out, District district, Street street, Committee committee, Compound compound)
			throws SQLException {
		if (district != this.district) {
			this.district = district;
			generator = generator(district);
		}
		HouseholdLayout layout = new HouseholdLayout(plan.seed(), compound);
		SplittableRandom random = Seeds.random(plan.seed(), Seeds.PEOPLE, compound.ordinal());
		long[] lineage = { ids.territory() + compound.node(), ids.territory() + committee.node(),
				ids.territory() + street.node(), ids.territory() + district.node() };
		while (layout.next()) {
			long household = ids.household() + households++;
			long building = ids.territory() + compound.firstBuilding() + layout.building() - 1;
			for (DemoResident resident : generator.household(layout.size(), residents, random)) {
				row(out, household, building, lineage, resident);
			}
		}
	}

	private void row(CopyStream out, long household, long building, long[] lineage, DemoResident resident)
			throws SQLException {
		CareNeeds.Care care = resident.care();
		out.number(ids.resident() + residents++).number(household).number(building);
		out.number(lineage[0]).number(lineage[1]).number(lineage[2]).number(lineage[3]);
		out.text(resident.name()).text(resident.idType().name()).text(resident.idNumber()).text(resident.phone());
		out.date(resident.birthDate()).text(resident.sex().name()).array(care.tags());
		out.text(care.dialysisHospital()).text(care.oncologyHospital()).date(care.pregnancyDueDate());
		out.array(care.medicines()).end();
	}

	private ResidentGenerator generator(District district) {
		List<Hospital> own = hospitals.get(district.facts().code());
		CareNeeds care = new CareNeeds(HospitalPlan.codesOfKind(own, "DIALYSIS"),
				HospitalPlan.codesOfKind(own, "ONCOLOGY"), today);
		return new ResidentGenerator(district.facts().code(), today, plan.seed(), care);
	}

	/** The first id of each reserved block. */
	record Ids(long territory, long household, long resident) {
	}
}

package org.lifeline.demo;

import java.sql.SQLException;

import org.lifeline.demo.CityPlan.Committee;
import org.lifeline.demo.CityPlan.Compound;
import org.lifeline.demo.CityPlan.District;
import org.lifeline.demo.CityPlan.Street;
import org.postgresql.copy.CopyManager;

/**
 * Writes the households, room by room as {@link HouseholdLayout} walks each compound, and counts the people they
 * will hold so that a block of resident ids can be reserved before residents are written.
 */
final class HouseholdRows {

	private static final String COLUMNS = "id, building_id, compound_id, committee_id, street_id, district_id, room";

	private final CityPlan plan;

	private final long territoryBase;

	private final long householdBase;

	private long households;

	private long people;

	HouseholdRows(CityPlan plan, long territoryBase, long householdBase) {
		this.plan = plan;
		this.territoryBase = territoryBase;
		this.householdBase = householdBase;
	}

	long write(CopyManager copy) throws SQLException {
		try (CopyStream out = CopyStream.into(copy, "household", COLUMNS)) {
			plan.eachCompound((district, street, committee, compound) -> compound(out, district, street, committee,
					compound));
			return out.finish();
		}
	}

	/** People in all households written, known once {@link #write} is done. */
	long people() {
		return people;
	}

	private void compound(CopyStream out, District district, Street street, Committee committee, Compound compound)
			throws SQLException {
		HouseholdLayout layout = new HouseholdLayout(plan.seed(), compound);
		long compoundId = territoryBase + compound.node();
		while (layout.next()) {
			out.number(householdBase + households++)
				.number(territoryBase + compound.firstBuilding() + layout.building() - 1)
				.number(compoundId)
				.number(territoryBase + committee.node())
				.number(territoryBase + street.node())
				.number(territoryBase + district.node())
				.text(layout.room())
				.end();
			people += layout.size();
		}
	}
}

package org.lifeline.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;

import org.lifeline.demo.CityPlan.District;
import org.lifeline.demo.CityPlan.Street;
import org.postgresql.copy.CopyManager;

/**
 * Writes the task forces' vehicles: six to ten per street, mostly sedans and vans, some wheelchair vans and
 * ambulances, each with a unique Shanghai plate such as 沪A·D1234.
 */
final class VehicleRows {

	private static final String COLUMNS = "code, plate, district_id, street_id, type, seats";

	private static final String[] TYPES = { "SEDAN", "VAN", "AMBULANCE", "SEDAN", "WHEELCHAIR_VAN", "SEDAN", "VAN",
			"AMBULANCE", "SEDAN", "VAN" };

	private static final int[] SEATS = { 4, 7, 3, 4, 4, 4, 7, 3, 4, 7 };

	private static final String PLATE_LETTERS = "ABCDEFGHJKLM";

	private static final String SERIES = "ABCDEFGHJK";

	private VehicleRows() {
	}

	static long write(CopyManager copy, CityPlan plan, long territoryBase) throws SQLException {
		long ordinal = 0;
		try (CopyStream out = CopyStream.into(copy, "vehicle", COLUMNS)) {
			for (District district : plan.districts()) {
				for (Street street : district.streets()) {
					SplittableRandom random = Seeds.random(plan.seed(), Seeds.SERVICES, territoryBase + street.node());
					int count = 6 + random.nextInt(5);
					for (int i = 0; i < count; i++) {
						out.text("V" + street.code() + String.format("%02d", i + 1)).text(plate(ordinal++, plan.seed()));
						out.number(territoryBase + district.node()).number(territoryBase + street.node());
						out.text(TYPES[i]).number(SEATS[i]).end();
					}
				}
			}
			return out.finish();
		}
	}

	/** A plate unique for every ordinal below 1.2 million. */
	static String plate(long ordinal, long seed) {
		long value = Math.floorMod(ordinal / PLATE_LETTERS.length() * 7_919L + seed, 100_000L);
		return "沪" + PLATE_LETTERS.charAt((int) (ordinal % PLATE_LETTERS.length())) + "·"
				+ SERIES.charAt((int) (value / 10_000)) + String.format("%04d", value % 10_000);
	}
}

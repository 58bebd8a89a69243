package org.lifeline.demo;

import java.sql.SQLException;
import java.util.List;

import org.lifeline.demo.PlaceNames.CompoundStyle;

/**
 * The shape of a demo city down to compounds: codes, names, places, and how many buildings and households each
 * compound has. Small enough to hold in memory at city scale (≈40,000 entries); buildings, households and
 * residents are derived from it while they stream to the database. Every territory node has an ordinal in
 * {@code 0..nodes-1} (the city is 0) that becomes its id once a block of ids is reserved.
 */
record CityPlan(DemoScale scale, long seed, List<District> districts, long nodes, long households) {

	static final String CITY_CODE = "310000";

	static final String CITY_NAME = "上海市";

	static final double CITY_LAT = 31.2304;

	static final double CITY_LON = 121.4737;

	/** Households average this many people (2020 census of Shanghai). */
	static final double PEOPLE_PER_HOUSEHOLD = 2.32;

	/** Visits every compound with its ancestors, in the order their ids were planned. */
	void eachCompound(CompoundVisit visit) throws SQLException {
		for (District district : districts) {
			for (Street street : district.streets()) {
				for (Committee committee : street.committees()) {
					for (Compound compound : committee.compounds()) {
						visit.visit(district, street, committee, compound);
					}
				}
			}
		}
	}

	List<Compound> compounds() {
		return districts.stream()
			.flatMap(d -> d.streets().stream())
			.flatMap(s -> s.committees().stream())
			.flatMap(c -> c.compounds().stream())
			.toList();
	}

	/** What to do with one compound. */
	interface CompoundVisit {

		void visit(District district, Street street, Committee committee, Compound compound) throws SQLException;
	}

	record District(long node, DistrictFacts facts, List<Street> streets) {
	}

	record Street(long node, String code, String name, boolean town, double lat, double lon,
			List<Committee> committees) {
	}

	record Committee(long node, String code, String name, boolean village, double lat, double lon,
			List<Compound> compounds) {
	}

	/**
	 * A compound; its buildings take the ordinals {@code firstBuilding .. firstBuilding + buildings - 1} and are
	 * numbered 1号楼, 2号楼… in that order.
	 */
	record Compound(long node, int ordinal, String code, String name, String address, double lat, double lon,
			CompoundStyle style, int households, int buildings, long firstBuilding) {

		String buildingCode(int number) {
			return code + "-B" + number;
		}

		int rooms() {
			return buildings * style.floors() * style.roomsPerFloor();
		}
	}
}

package org.lifeline.demo;

import java.util.SplittableRandom;

import org.lifeline.demo.CityPlan.Compound;

/**
 * Walks the households of one compound: which rooms of which buildings are lived in, and how many people live in
 * each. The same compound and seed always give the same walk, so households and their residents can be written in
 * separate passes.
 */
final class HouseholdLayout {

	/** Shares of households with 1..6 people; the mean is 2.325. */
	static final double[] SIZE_SHARES = { 0.28, 0.34, 0.23, 0.09, 0.045, 0.015 };

	private final Compound compound;

	private final SplittableRandom random;

	private final int floors;

	private final int roomsPerFloor;

	private final int rooms;

	private int seen;

	private int chosen;

	private int building;

	private int floor;

	private int room;

	private int size;

	HouseholdLayout(long seed, Compound compound) {
		this.compound = compound;
		this.random = Seeds.random(seed, Seeds.LAYOUT, compound.ordinal());
		this.floors = compound.style().floors();
		this.roomsPerFloor = compound.style().roomsPerFloor();
		this.rooms = compound.rooms();
	}

	/** Moves to the next lived-in room; false when the compound has no more households. */
	boolean next() {
		while (chosen < compound.households() && seen < rooms) {
			int index = seen++;
			if (random.nextInt(rooms - index) < compound.households() - chosen) {
				chosen++;
				int perBuilding = floors * roomsPerFloor;
				building = index / perBuilding + 1;
				floor = index % perBuilding / roomsPerFloor + 1;
				room = index % roomsPerFloor + 1;
				size = size(random);
				return true;
			}
		}
		return false;
	}

	/** Number of the building, 1 for 1号楼. */
	int building() {
		return building;
	}

	/** The room as written on the door: 502 is the second room on the fifth floor. */
	String room() {
		return Integer.toString(floor * 100 + room);
	}

	int size() {
		return size;
	}

	static int size(SplittableRandom random) {
		double draw = random.nextDouble();
		for (int i = 0; i < SIZE_SHARES.length - 1; i++) {
			draw -= SIZE_SHARES[i];
			if (draw < 0) {
				return i + 1;
			}
		}
		return SIZE_SHARES.length;
	}
}

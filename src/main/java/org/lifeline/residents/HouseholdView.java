package org.lifeline.residents;

/** A household: a room in a building, with its address and number of members. */
public record HouseholdView(long id, String room, String buildingCode, String buildingName, String compoundCode,
		String compoundName, String address, int members) {
}

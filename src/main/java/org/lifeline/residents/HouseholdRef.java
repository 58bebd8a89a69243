package org.lifeline.residents;

/** A household with the territory ids its residents inherit. */
record HouseholdRef(long id, long buildingId, long compoundId, long committeeId, long streetId, long districtId) {
}

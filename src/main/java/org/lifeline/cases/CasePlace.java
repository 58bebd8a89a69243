package org.lifeline.cases;

/** Where the person of a case lived when it was reported, with the names the bulletin prints. */
record CasePlace(long householdId, long buildingId, long compoundId, long committeeId, long streetId, long districtId,
		String compoundCode, String compoundName, String districtCode) {
}

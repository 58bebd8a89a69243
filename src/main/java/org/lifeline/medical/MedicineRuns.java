package org.lifeline.medical;

import java.time.LocalDate;

import org.lifeline.territory.TerritoryScope;

/**
 * Chronic-medicine runs (代配药) as other modules start them: build the day's batches for the compounds of a
 * scope, and choose the hospital that prepares a compound's
 * batches. Building the same day twice changes nothing.
 */
public interface MedicineRuns {

	/** Builds the batches of the day and answers how many were new. */
	int buildBatches(LocalDate day, TerritoryScope scope, String actor);

	/** Chooses the open hospital of the compound's district that prepares its batches from the next one on. */
	void chooseHospital(String compoundCode, String hospitalCode, TerritoryScope scope, String actor);
}

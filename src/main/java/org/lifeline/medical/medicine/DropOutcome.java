package org.lifeline.medical.medicine;

/** What happened at a household's door; everything but a delivery comes back as a request. */
public enum DropOutcome {

	PENDING, DELIVERED, NOT_HOME, WRONG_MEDICINE, OUT_OF_STOCK, REFUSED;

	public boolean isException() {
		return this != PENDING && this != DELIVERED;
	}
}

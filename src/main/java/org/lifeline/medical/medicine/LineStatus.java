package org.lifeline.medical.medicine;

/** What the hospital said about one medicine for one resident. */
public enum LineStatus {

	PENDING, READY, OUT_OF_STOCK
}

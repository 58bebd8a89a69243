package org.lifeline.medical.medicine;

/**
 * Where a compound's medicine batch stands: built and sent to the hospital, being prepared, ready and on its way
 * to the committee, received by the committee, delivered to every household (or handed back as requests).
 */
public enum BatchStatus {

	REQUESTED, PREPARING, READY, RECEIVED, DELIVERED
}

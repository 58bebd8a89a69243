package org.lifeline.requests;

/** What the person filing must do at once, given in the answer to the filing. */
public enum Instruction {

	/** A critical medical request: dial 120 now; the street's medical task force is alerted. */
	CALL_120
}

package org.lifeline.medical;

/** The two legs of a closed loop: home to hospital, and hospital back home. */
public enum LegDirection {

	OUTBOUND, RETURN
}

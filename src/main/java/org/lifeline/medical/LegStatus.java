package org.lifeline.medical;

/** A leg is OPEN until a vehicle is given, ASSIGNED while that vehicle owes it, DONE when driven. */
public enum LegStatus {

	OPEN, ASSIGNED, DONE, CANCELLED
}

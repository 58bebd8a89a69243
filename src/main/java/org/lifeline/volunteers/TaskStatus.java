package org.lifeline.volunteers;

/** Where a volunteer's task stands. */
public enum TaskStatus {
	OPEN, DONE, FAILED
}

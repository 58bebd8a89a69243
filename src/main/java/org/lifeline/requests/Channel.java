package org.lifeline.requests;

/** How a request reached Lifeline. */
public enum Channel {

	RESIDENT, HOTLINE, COMMITTEE, API, OPEN311
}

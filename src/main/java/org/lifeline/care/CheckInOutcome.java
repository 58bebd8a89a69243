package org.lifeline.care;

/** What a check-in found: the resident is fine, needs something (a request is filed), or could not be reached. */
public enum CheckInOutcome {
	FINE, NEEDS_HELP, UNREACHABLE;

	/** Whether someone spoke with or saw the resident. */
	boolean reached() {
		return this != UNREACHABLE;
	}

	/** The status of the resident's line on the day's list after this check-in. */
	String dayStatus() {
		return switch (this) {
			case FINE -> "DONE";
			case NEEDS_HELP -> "NEEDS_HELP";
			case UNREACHABLE -> "UNREACHABLE";
		};
	}
}

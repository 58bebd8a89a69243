package org.lifeline.care;

/** A check-in as the API and the pages take it; a resident who needs something may come with the request to file. */
public record NewCheckIn(Long residentId, String outcome, String note, HelpNeeded request) {

	/** What the resident needs, as a request to file: its category and description (both prefilled when absent). */
	public record HelpNeeded(String category, String description) {
	}
}

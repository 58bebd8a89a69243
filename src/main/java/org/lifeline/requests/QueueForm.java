package org.lifeline.requests;

/**
 * The queue's filter as the page sends it: a status (to do by default, or all), overdue only, a territory code
 * to narrow to, and the page.
 */
record QueueForm(String status, Boolean overdue, String territory, Integer page) {

	static final String TO_DO = "todo";

	static final String ALL = "all";

	String chosenStatus() {
		return status == null || status.isBlank() ? TO_DO : status;
	}

	int currentPage() {
		return page == null ? 0 : Math.max(page, 0);
	}

	RequestFilter filter() {
		String chosen = chosenStatus();
		String statuses = switch (chosen) {
			case TO_DO -> "NEW,ACKNOWLEDGED,IN_PROGRESS,REOPENED";
			case ALL -> null;
			default -> chosen;
		};
		return new RequestFilter(RequestFilter.statuses(statuses), Boolean.TRUE.equals(overdue) ? true : null, null,
				null, null, null, null);
	}
}

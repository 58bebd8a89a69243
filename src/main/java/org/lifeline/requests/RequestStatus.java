package org.lifeline.requests;

import java.util.Set;

/** Where a request stands: NEW → ACKNOWLEDGED → IN_PROGRESS → RESOLVED → CLOSED, REOPENED back to work. */
public enum RequestStatus {

	NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED;

	/** The statuses in which someone still has to do the work. */
	public static final Set<RequestStatus> UNRESOLVED = Set.of(NEW, ACKNOWLEDGED, IN_PROGRESS, REOPENED);

	public boolean isUnresolved() {
		return UNRESOLVED.contains(this);
	}

	/** Open in the Open311 sense: nothing has been done yet. */
	public boolean isOpen311Open() {
		return isUnresolved();
	}
}

package org.lifeline.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a case stands: reported (the instant before it joins the transfer queue), awaiting transfer, in transfer
 * (on a bus run), admitted to a facility's bed, discharged to seven days of home health monitoring.
 */
public enum CaseStatus {

	REPORTED, AWAITING_TRANSFER, IN_TRANSFER, ADMITTED, DISCHARGED;

	/** Still a positive living at home or on the way: counts for the clear-daily backlog. */
	public boolean notAdmitted() {
		return this == REPORTED || this == AWAITING_TRANSFER || this == IN_TRANSFER;
	}

	public static Optional<CaseStatus> parse(String text) {
		String t = text == null ? "" : text.trim();
		return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst();
	}
}

package org.lifeline.sanitation;

/** How many of a compound's key points are overdue for a round, of how many it has, and its open terminal ones. */
public record CompoundOverdue(String compoundCode, String compoundName, String zone, long points, long overdue,
		long terminalOpen) {
}

package org.lifeline.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A task force's queue as its board shows it: the first few open items (overdue first, then the oldest), how many
 * items are open and how many of them are overdue, and the module's own page that lists them all (null for none).
 */
public record BoardQueue(List<Item> items, long total, long overdue, String all) {

	/**
	 * One open item: its id, what it is (a message key taking the figure as its argument), the compound it concerns,
	 * the time it counts from (reported, filed, requested or due; none for a compound's figure), the figure (the
	 * households waiting, the coverage, the check-ins missed), whether it is overdue and the page where it is worked.
	 */
	public record Item(long id, String label, String placeCode, String place, Instant since, BigDecimal figure,
			boolean overdue, String link) {
	}
}

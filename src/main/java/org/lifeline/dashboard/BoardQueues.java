package org.lifeline.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.lifeline.dashboard.BoardQueue.Item;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a task force's queue for its board: two bounded statements over the owners' published views (the first
 * items, then the counts), each an index range on the node's id, so a district board stays fast at district scale.
 */
@Service
public class BoardQueues {

	/** How many items a board lists before it links to the module's page for all of them. */
	static final int SHOWN = 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	BoardQueues(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The queue of a task force at a node, as of now; compound figures are read on the given day of the summaries. */
	@Transactional(readOnly = true)
	public BoardQueue of(TaskForce force, TerritoryNode node, LocalDate day) {
		String queue = BoardQueueStatements.queue(force, node);
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Item> items = jdbc.sql(BoardQueueStatements.items(queue, SHOWN))
			.param("now", now)
			.param("day", day)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> {
				String what = rs.getString("what");
				long id = rs.getLong("id");
				String placeCode = rs.getString("place_code");
				OffsetDateTime since = rs.getObject("since", OffsetDateTime.class);
				return new Item(id, label(force, what), placeCode, rs.getString("place"),
						since == null ? null : since.toInstant(), rs.getBigDecimal("figure"), rs.getBoolean("overdue"),
						link(force, what, id, placeCode));
			})
			.list();
		return jdbc.sql(BoardQueueStatements.totals(queue))
			.param("now", now)
			.param("day", day)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new BoardQueue(items, rs.getLong("total"), rs.getLong("overdue"), force.queue()))
			.single();
	}

	static String label(TaskForce force, String what) {
		return switch (force) {
			case ISOLATION -> "caseType." + what;
			case REQUESTS -> "category." + what;
			case MEDICAL -> "medical.need." + what;
			case SUPPLIES, SCREENING, CARE -> "dashboard.queue." + what;
		};
	}

	static String link(TaskForce force, String what, long id, String placeCode) {
		return switch (force) {
			case ISOLATION -> "/cases/" + id;
			case REQUESTS -> "/requests/" + id;
			case MEDICAL -> "/trips/" + id;
			case SUPPLIES -> "GROUP_BUY".equals(what) ? "/group-buys/" + id : "/government-packages/" + id;
			case SCREENING -> "/zones/" + placeCode;
			case CARE -> "/care";
		};
	}
}

package org.lifeline.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.dashboard.Dashboard.BedKindCount;
import org.lifeline.dashboard.Dashboard.CategoryCount;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the kept summaries of a node: never counts the rows behind them. The latest day written (today once the
 * job has run today) with the day before it, the children on the same day, and the details kept for today.
 */
@Service
public class Dashboards {

	static final String TODAY_AND_BEFORE = "select " + FiguresRows.COLUMNS
			+ " from dashboard_figures where node_id = :node and day <= :today order by day desc limit 2";

	static final String CHILDREN = "select " + FiguresRows.COLUMNS
			+ " from dashboard_figures where parent_id = :node and day = :day order by code";

	private final JdbcClient jdbc;

	private final Clock clock;

	Dashboards(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Dashboard of(TerritoryNode node) {
		return find(node).orElseThrow(() -> new NotFoundException("dashboard figures", node.code()));
	}

	/** The node's dashboard, or none before the summaries have been written for it. */
	@Transactional(readOnly = true)
	public Optional<Dashboard> find(TerritoryNode node) {
		List<NodeFigures> days = jdbc.sql(TODAY_AND_BEFORE)
			.param("node", node.id())
			.param("today", LocalDate.now(clock))
			.query(FiguresRows::map)
			.list();
		if (days.isEmpty()) {
			return Optional.empty();
		}
		NodeFigures latest = days.get(0);
		NodeFigures before = days.size() > 1 && days.get(1).day().equals(latest.day().minusDays(1)) ? days.get(1)
				: null;
		return Optional.of(new Dashboard(latest, before, vulnerable(node), categories(node), beds(node),
				children(node, latest.day())));
	}

	/** The children's figures on a day (districts of the city, streets of a district, …). */
	public List<NodeFigures> children(TerritoryNode node, LocalDate day) {
		return jdbc.sql(CHILDREN).param("node", node.id()).param("day", day).query(FiguresRows::map).list();
	}

	private Map<String, Long> vulnerable(TerritoryNode node) {
		Map<String, Long> tags = new LinkedHashMap<>();
		jdbc.sql("select tag, residents from dashboard_vulnerable where node_id = :node order by residents desc, tag")
			.param("node", node.id())
			.query((rs, n) -> tags.put(rs.getString(1), rs.getLong(2)))
			.list();
		return tags;
	}

	private List<CategoryCount> categories(TerritoryNode node) {
		return jdbc.sql("select category, open, overdue from dashboard_requests where node_id = :node order by category")
			.param("node", node.id())
			.query((rs, n) -> new CategoryCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private List<BedKindCount> beds(TerritoryNode node) {
		return jdbc.sql("select bed_kind, capacity, free from dashboard_beds where node_id = :node order by bed_kind")
			.param("node", node.id())
			.query((rs, n) -> new BedKindCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}
}

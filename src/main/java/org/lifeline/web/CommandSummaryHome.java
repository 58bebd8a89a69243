package org.lifeline.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lifeline.dashboard.Dashboard;
import org.lifeline.dashboard.Dashboards;
import org.lifeline.dashboard.NodeFigures;
import org.lifeline.requests.RequestQueries.WorkCounts;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.web.CommandHome.TagCount;
import org.lifeline.web.CommandHome.Totals;
import org.lifeline.web.CommandHome.ZoneCount;
import org.lifeline.zones.Zone;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The command home of a city, district or street reads the dashboard's kept summaries, with the time they are true
 * as of, so no home page counts the millions of rows behind them: requests open and overdue, the clear-daily
 * backlog, the latest screening's coverage, compounds per zone, vulnerable residents by tag and the totals. Before
 * the summaries are first written it says so instead of counting.
 */
@Component
class CommandSummaryHome {

	/** The levels whose home reads the summaries; a committee's home still counts its few compounds itself. */
	static final Set<TerritoryKind> SUMMARISED = Set.of(TerritoryKind.CITY, TerritoryKind.DISTRICT, TerritoryKind.STREET);

	private final Dashboards dashboards;

	CommandSummaryHome(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	static boolean serves(TerritoryNode node) {
		return SUMMARISED.contains(node.kind());
	}

	void fill(TerritoryNode node, Model model) {
		Optional<Dashboard> found = dashboards.find(node);
		if (found.isEmpty()) {
			model.addAttribute("summaryMissing", true);
			return;
		}
		Dashboard dashboard = found.get();
		NodeFigures f = dashboard.figures();
		model.addAttribute("asOf", f.asOf());
		model.addAttribute("work", new WorkCounts(f.requests().open(), f.requests().overdue()));
		model.addAttribute("caseFigures", f.cases());
		model.addAttribute("coverage", f.screening());
		model.addAttribute("compounds", f.zones().values().stream().mapToLong(NodeFigures.ZoneFigures::units).sum());
		model.addAttribute("counts", new Totals(null, f.residents(), f.vulnerable()));
		model.addAttribute("vulnerable", vulnerable(dashboard.vulnerableByTag()));
		model.addAttribute("zones", Arrays.stream(Zone.values()).map(z -> new ZoneCount(z, f.zoneUnits(z.name()))).toList());
	}

	private static List<TagCount> vulnerable(Map<String, Long> byTag) {
		return Arrays.stream(VulnerabilityTag.values())
			.map(tag -> new TagCount(tag, byTag.getOrDefault(tag.name(), 0L)))
			.filter(t -> t.count() > 0)
			.toList();
	}
}

package org.lifeline.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.shared.web.PageController;
import org.lifeline.territory.TerritoryNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The command pages: the dashboard of a city, district or street (and below), its zone map and its hard cases.
 * Every figure comes from the kept summaries, shown with the time it is true as of.
 */
@PageController
class DashboardPages {

	private final DashboardCaller caller;

	private final Dashboards dashboards;

	private final HardCases hardCases;

	private final Clock clock;

	private final String tileUrl;

	private final String tileAttribution;

	DashboardPages(DashboardCaller caller, Dashboards dashboards, HardCases hardCases, Clock clock,
			@Value("${lifeline.map.tile-url:}") String tileUrl,
			@Value("${lifeline.map.tile-attribution:}") String tileAttribution) {
		this.caller = caller;
		this.dashboards = dashboards;
		this.hardCases = hardCases;
		this.clock = clock;
		this.tileUrl = tileUrl.isBlank() ? null : tileUrl.trim();
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/dashboard")
	@PreAuthorize(DashboardCaller.READERS)
	String own() {
		return "redirect:/dashboard/" + caller.node(null).code();
	}

	@GetMapping("/dashboard/{code}")
	@PreAuthorize(DashboardCaller.READERS)
	String dashboard(@PathVariable String code, Model model) {
		TerritoryNode node = caller.node(code);
		model.addAttribute("node", node);
		model.addAttribute("lineage", caller.lineage(node));
		model.addAttribute("dashboard", dashboards.of(node));
		model.addAttribute("hardCases", hardCases.of(node, LocalDate.now(clock)).size());
		model.addAttribute("forces", TaskForce.values());
		return "dashboard/command";
	}

	@GetMapping("/dashboard/{code}/map")
	@PreAuthorize(DashboardCaller.READERS)
	String map(@PathVariable String code, Model model) {
		TerritoryNode node = caller.node(code);
		model.addAttribute("node", node);
		model.addAttribute("lineage", caller.lineage(node));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "dashboard/map";
	}

	@GetMapping("/dashboard/{code}/hard-cases")
	@PreAuthorize(DashboardCaller.READERS)
	String hardCases(@PathVariable String code, Model model) {
		TerritoryNode node = caller.node(code);
		Dashboard dashboard = dashboards.of(node);
		model.addAttribute("node", node);
		model.addAttribute("lineage", caller.lineage(node));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("districts", node.kind() == org.lifeline.territory.TerritoryKind.CITY ? dashboard.children()
				: java.util.List.of(dashboard.figures()));
		model.addAttribute("cases", hardCases.of(node, LocalDate.now(clock)));
		return "dashboard/hard-cases";
	}
}

package org.lifeline.dashboard;

import java.util.Comparator;
import java.util.List;

import org.lifeline.shared.EnumInput;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.TerritoryNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A task force's board for a node: its queue itself (the overdue and oldest items first, a handful, with the count
 * of all and a link to the module's page), its figures against their targets, and its children ranked with those
 * missing a target first.
 */
@PageController
class BoardPages {

	private final DashboardCaller caller;

	private final Dashboards dashboards;

	private final BoardQueues queues;

	BoardPages(DashboardCaller caller, Dashboards dashboards, BoardQueues queues) {
		this.caller = caller;
		this.dashboards = dashboards;
		this.queues = queues;
	}

	@GetMapping("/dashboard/{code}/boards/{force}")
	@PreAuthorize(DashboardCaller.READERS)
	String board(@PathVariable String code, @PathVariable String force, Model model) {
		TerritoryNode node = caller.node(code);
		TaskForce taskForce = taskForce(force);
		Dashboard dashboard = dashboards.of(node);
		model.addAttribute("node", node);
		model.addAttribute("lineage", caller.lineage(node));
		model.addAttribute("force", taskForce);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("own", BoardRow.of(taskForce, dashboard.figures()));
		model.addAttribute("rows", rows(taskForce, dashboard));
		model.addAttribute("queue", queues.of(taskForce, node, dashboard.figures().day()));
		return "dashboard/board";
	}

	static TaskForce taskForce(String text) {
		return EnumInput.required(TaskForce.class, "force", text == null ? null : text.toUpperCase());
	}

	static List<BoardRow> rows(TaskForce force, Dashboard dashboard) {
		return dashboard.children()
			.stream()
			.map(f -> BoardRow.of(force, f))
			.sorted(Comparator.comparing((BoardRow r) -> !r.misses()).thenComparing(r -> r.figures().code()))
			.toList();
	}
}

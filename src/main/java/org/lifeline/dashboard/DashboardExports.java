package org.lifeline.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.shared.web.Attachment;
import org.lifeline.territory.TerritoryNode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every table of the command pages as an XLSX download: children, trend, hard cases and each task-force board. Each
 * answers under the API (a token or basic sign-in) and beside its page under /dashboard, where the signed-in
 * browser's session reaches it (the API takes no session cookie).
 */
@RestController
class DashboardExports {

	private final DashboardCaller caller;

	private final Dashboards dashboards;

	private final Trends trends;

	private final HardCases hardCases;

	private final Clock clock;

	DashboardExports(DashboardCaller caller, Dashboards dashboards, Trends trends, HardCases hardCases, Clock clock) {
		this.caller = caller;
		this.dashboards = dashboards;
		this.trends = trends;
		this.hardCases = hardCases;
		this.clock = clock;
	}

	@GetMapping({ "/api/v1/dashboard/{territoryCode}/children.xlsx", "/dashboard/{territoryCode}/children.xlsx" })
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<byte[]> children(@PathVariable String territoryCode) {
		TerritoryNode node = caller.node(territoryCode);
		return file("children", node, DashboardSheets.children(dashboards.of(node).children()));
	}

	@GetMapping({ "/api/v1/dashboard/{territoryCode}/trend.xlsx", "/dashboard/{territoryCode}/trend.xlsx" })
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<byte[]> trend(@PathVariable String territoryCode) {
		TerritoryNode node = caller.node(territoryCode);
		return file("trend", node, DashboardSheets.trend(trends.of(node, 30)));
	}

	@GetMapping({ "/api/v1/dashboard/{territoryCode}/hard-cases.xlsx", "/dashboard/{territoryCode}/hard-cases.xlsx" })
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<byte[]> hardCases(@PathVariable String territoryCode) {
		TerritoryNode node = caller.node(territoryCode);
		return file("hard-cases", node, DashboardSheets.hardCases(hardCases.of(node, LocalDate.now(clock))));
	}

	@GetMapping({ "/api/v1/dashboard/{territoryCode}/boards/{force}.xlsx", "/dashboard/{territoryCode}/boards/{force}.xlsx" })
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<byte[]> board(@PathVariable String territoryCode, @PathVariable String force) {
		TerritoryNode node = caller.node(territoryCode);
		TaskForce taskForce = BoardPages.taskForce(force);
		return file("board-" + taskForce.slug(), node,
				DashboardSheets.board(taskForce, BoardPages.rows(taskForce, dashboards.of(node))));
	}

	private ResponseEntity<byte[]> file(String table, TerritoryNode node, byte[] xlsx) {
		String filename = table + "-" + node.code() + "-" + LocalDate.now(clock) + ".xlsx";
		return Attachment.of(filename, DashboardSheets.MEDIA_TYPE, xlsx);
	}
}

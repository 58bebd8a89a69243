/**
 * Command summaries and dashboards (DESIGN §2, §6): figures per territory node (city, district, street,
 * committee, compound) kept current by a short catch-up job and by events, never counted on a page view; one
 * row per node and day so trends need no recount; dashboards per level with trends, the day's numbers and the
 * children one click down; the zone map (one feature per street for a city or district, compounds per street,
 * committee or zoomed-in box, optionally over a configured tile layer); task-force boards; hard cases (拔钉子)
 * and the days since the last positive found outside control.
 * <p>
 * Reads other modules only through the SQL views they publish: territory_placement (territory),
 * compound_resident_count and resident_facts (residents), zone_unit_summary and compound_zone_state (zones),
 * case_timeline (cases), request_timeline (requests), bed_availability (isolation), trip_timeline (medical),
 * screening_unit_coverage (screening), delivery_pending and delivery_queue (supplies) and checkin_missed (care). A
 * task-force board lists its queue from case_timeline, request_timeline, trip_timeline and delivery_queue, or from
 * the kept compound figures (screening coverage, check-ins missed), never from another module's tables. Listens to cases' CaseReported and
 * CaseEscalated and zones' ZoneChanged and ZoneChanges to write the figures at the next tick instead of waiting for the interval.
 * <p>
 * Publishes {@link org.lifeline.dashboard.Dashboards}, {@link org.lifeline.dashboard.Trends},
 * {@link org.lifeline.dashboard.ZoneMap}, {@link org.lifeline.dashboard.HardCases} and
 * {@link org.lifeline.dashboard.SummaryPasses} (the demo rebuilds its history with it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command dashboards",
		allowedDependencies = { "shared", "territory", "identity", "cases", "zones" })
package org.lifeline.dashboard;

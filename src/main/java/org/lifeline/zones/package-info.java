/**
 * Zones of compounds and buildings (sealed, controlled, precaution; DESIGN §4.1), computed from cases by the
 * active rule set, kept as rows (zone_rule_set): the 11 April 2022 rules by default, the 16 May variant and the
 * June 2022 risk areas. A unit is a compound, or a single building when the rule set seals buildings; day 0 is
 * its last positive (from {@link org.lifeline.cases.CaseReported}, counted per building per day in zones' own
 * zone_positive). Every case recomputes its compound's units at once, and {@link org.lifeline.zones.DailyZoneTick}
 * recomputes every unit at Shanghai midnight, set-based. A district may override a unit with a reason and an end
 * date; the computation still records what the unit would be. Every change is history with its reason as a
 * message key and arguments. A compound that changes zone in its own recomputation (a case, an override) announces
 * {@link org.lifeline.zones.ZoneChanged}; a recomputation of every unit (the daily tick, a rule-set switch, after
 * the demo city loads) announces all compounds that changed in one {@link org.lifeline.zones.ZoneChanges}, a list of
 * ZoneChanged. Listeners take both.
 *
 * Reads territory through its API and its published view territory_placement; reads the screening-owned view
 * screening_unit_clearance when the active rule set requires a clear screening before a downgrade.
 * Other modules read zones through {@link org.lifeline.zones.Zoning}, and a unit's history as periods of days
 * through {@link org.lifeline.zones.ZoneHistory} (what certificates issue work-absence certificates from).
 *
 * Publishes the SQL read view {@code zone_unit_summary} (compound_id, district_id, street_id, committee_id, zone;
 * a compound without a zone row counts as PRECAUTION) for set-based readers such as the daily bulletin, and
 * {@code compound_zone_state} (migration V127: compound_id, zone, since) for the command summaries' hard cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zones",
		allowedDependencies = { "shared", "territory", "cases", "screening" })
package org.lifeline.zones;

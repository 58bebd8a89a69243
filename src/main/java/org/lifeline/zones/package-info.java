/**
 * Zones of compounds (sealed, controlled, precaution): the current zone of each compound, who set it and why,
 * and the history of every change.
 *
 * Reads the territory through its API and its view {@code territory_placement}; a zone change locks the
 * compound's row through that view so that two changes of one compound never interleave.
 *
 * Publishes the SQL read view {@code zone_unit_summary} (compound_id, district_id, street_id, committee_id, zone;
 * a compound without a zone row counts as PRECAUTION) for set-based readers such as the daily bulletin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zones", allowedDependencies = { "shared", "territory" })
package org.lifeline.zones;

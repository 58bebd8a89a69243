/**
 * Zones of compounds (sealed, controlled, precaution): the current zone of each compound, who set it and why,
 * and the history of every change.
 * <p>
 * Publishes the SQL read view {@code zone_unit_summary} (compound_id, district_id, street_id, committee_id, zone;
 * a compound without a zone row counts as PRECAUTION) for set-based readers such as the daily bulletin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zones")
package org.lifeline.zones;

/**
 * Zones of compounds (sealed, controlled, precaution): the current zone of each compound, who set it and why,
 * and the history of every change.
 *
 * Reads the territory through its API and its view {@code territory_placement}; a zone change locks the
 * compound's row through that view so that two changes of one compound never interleave.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zones", allowedDependencies = { "shared", "territory" })
package org.lifeline.zones;

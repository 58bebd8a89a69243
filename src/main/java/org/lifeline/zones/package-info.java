/**
 * Zones of compounds (sealed, controlled, precaution): the current zone of each compound, who set it and why,
 * and the history of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zones")
package org.lifeline.zones;

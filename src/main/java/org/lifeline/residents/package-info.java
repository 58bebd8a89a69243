/**
 * The resident registry: households and the people in them, their ID documents, vulnerability tags and medical
 * profile; search, registration and changes, always within a territory scope.
 * <p>
 * Publishes the read view {@code resident_roster} (migration V55) for other modules' set-based SQL: every
 * resident's id with the ids of their household, building, compound, committee, street and district, room,
 * building code and name, name, birth date and tags (no ID number or phone). Asks a
 * {@link org.lifeline.residents.ResidentStatusSource} (implemented by screening) for a resident's screening status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residents")
package org.lifeline.residents;

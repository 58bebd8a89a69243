/**
 * The resident registry: households and the people in them, their ID documents, vulnerability tags and medical
 * profile; search, registration and changes, always within a territory scope.
 * <p>
 * Publishes the SQL read view {@code compound_resident_count} (district_id, street_id, committee_id, compound_id,
 * residents) for set-based readers such as the daily bulletin; filter it by a territory id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residents")
package org.lifeline.residents;

/**
 * The resident registry: households and the people in them, their ID documents, vulnerability tags and medical
 * profile; search, registration and changes, always within a territory scope.
 *
 * Published for other modules:
 * - {@code ResidentRegistry} (one resident, or many by id in one query with {@code byIds}), {@code ResidentLookup}
 * and {@code ResidentCounts}.
 * - The read views of migration V66, joined by set-based queries elsewhere instead of the tables:
 * {@code household_place} (a household's building, room and the ids of every territory level above it) and
 * {@code resident_facts} (where a resident lives, name, document, phone, birth date and sex, vulnerability tags and
 * medical profile; readers mask personal data as their role requires).
 * - The read view {@code resident_roster} (migration V55) for other modules' set-based SQL: every
 * resident's id with the ids of their household, building, compound, committee, street and district, room,
 * building code and name, name, birth date and tags (no ID number or phone).
 * - The read view {@code compound_resident_count} (migration V76: district, street, committee and compound ids
 * with the compound's residents) for set-based readers such as the daily bulletin; filter it by a territory id.
 * Since V165 it reads a count per compound that the resident table's triggers keep current on every write
 * (registration, import, a move, a removal), one row per compound. A bulk loader brackets its copy with
 * {@code ResidentTally.suspend} and {@code ResidentTally.resume} (one recount at the end).
 * - {@code ResidentStatusSource}, implemented by screening, answers a resident's screening status for the
 * resident API without residents depending on screening.
 *
 * Writes by other modules, by use-case calls rather than events (DESIGN §5 exceptions):
 * - Medical replaces a resident's long-term medicines through {@code ResidentRegistry.change} in the same
 * transaction as the medicine quantities it keeps, so the profile and the medicine list never disagree.
 *
 * Residents itself adds buildings to the territory through {@code Territory.buildingOf} and
 * {@code Territory.addBuildings}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residents",
		allowedDependencies = { "shared", "territory", "identity" })
package org.lifeline.residents;

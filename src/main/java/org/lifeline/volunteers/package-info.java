/**
 * Volunteers (DESIGN §4.7): the register of a committee's volunteers and building leaders, their shifts and test
 * validity, and each volunteer's one task list for the day.
 * <p>
 * Modules offer their tasks to the list through {@link org.lifeline.volunteers.VolunteerTaskSource}, which they
 * implement; the task list never reads their tables. A source names which of its kinds take the volunteer to a
 * door (none of them for a volunteer whose own test is stale) and which call households down (staggered, at
 * most 15 households per volunteer per 3 minutes by default).
 * <p>
 * Publishes {@link org.lifeline.volunteers.VolunteerRegister} (the register, shifts, own tests, buildings without
 * a volunteer on shift) and {@link org.lifeline.volunteers.TaskList} (a volunteer's day, for the home page).
 * Reads accounts through the read view {@code account_directory} and buildings through {@code territory_placement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers",
		allowedDependencies = { "shared", "territory", "residents", "identity" })
package org.lifeline.volunteers;

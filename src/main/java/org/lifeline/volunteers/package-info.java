/**
 * Volunteers (DESIGN §4.7): the register of a committee's volunteers and building leaders, their shifts and test
 * validity, and each volunteer's one task list for the day.
 * <p>
 * Modules offer their tasks to the list through {@link org.lifeline.volunteers.VolunteerTaskSource}, which they
 * implement; the task list never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers",
		allowedDependencies = { "shared", "territory", "residents", "identity" })
package org.lifeline.volunteers;

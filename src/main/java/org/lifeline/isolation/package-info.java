/**
 * Isolation (DESIGN §4.4): designated hospitals, city and district shelter hospitals (方舱) and isolation hotels
 * with their beds by kind; admission by class as rules the city edits; the allocator that places the day's
 * queue of cases awaiting transfer on beds; transfer bus runs with their stops; the facility desk's arrival and
 * discharge.
 * <p>
 * Reads the queue and moves cases on through {@code org.lifeline.cases.CaseTransfers}, hospitals and vehicles
 * through medical's API, compounds through territory's. Publishes {@link org.lifeline.isolation.TerminalDisinfectionDue}
 * after each admission (the home and the building's common parts need terminal disinfection).
 * <p>
 * Publishes the SQL read view {@code bed_availability} (migration V123: beds per facility and kind with capacity,
 * occupied and held, the facility's code, kind, district and whether it is open) for the command summaries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Isolation",
		allowedDependencies = { "shared", "territory", "residents", "identity", "medical", "cases" })
package org.lifeline.isolation;

/**
 * Medical access: hospitals and their state, routing of medical requests by rules kept as data, closed-loop
 * transfer trips on the street and district fleets with their dispatch, standing dialysis trips and
 * chronic-medicine runs.
 *
 * Reads other modules through their APIs and through the views they publish: {@code territory_placement},
 * {@code household_place}, {@code resident_facts} and {@code account_directory}. Implements identity's
 * {@code AccountBindings} for hospital desk accounts.
 *
 * Publishes the SQL read view {@code trip_timeline} (migration V124: every trip with its patient's territory ids,
 * need, status and when it was requested and closed) for the command summaries.
 *
 * Writes into other modules, by use-case calls rather than events (DESIGN §5 exceptions):
 * - A medical request, and a medicine drop that went wrong at the door, are filed as requests through
 * {@code RequestIntake.file}: the caller needs the request's id in the same transaction (a trip and a batch door
 * keep it) and its answer on the page.
 * - Long-term medicines are written to the resident's medical profile through {@code ResidentRegistry.change}
 * (see residents).
 * Offers medicine drop-offs to the volunteers' task list by implementing {@code VolunteerTaskSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical access",
		allowedDependencies = { "shared", "territory", "residents", "identity", "requests", "zones", "volunteers" })
package org.lifeline.medical;

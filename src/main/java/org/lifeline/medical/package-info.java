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
 *
 * The root package is what other modules use: the trip use cases ({@code Transfers}, {@code TripQueries}) with the
 * orders and views they take and give and their parts (legs, steps, statuses, needs), hospitals ({@code Hospitals},
 * {@code NewHospital}, {@code HospitalView}, {@code HospitalAccess}), the fleet ({@code Fleet}, {@code NewVehicle},
 * {@code VehicleView}, {@code VehicleType}),
 * the drivers' and desks' {@code Boards}, the events {@code HospitalClosed}, {@code TripRequested} and
 * {@code TripAdvanced}, and {@code MedicineRuns} for the demo city. Everything else is internal, by feature:
 * - {@code trips}: the {@code Trip} aggregate and its legs, vehicle bookings and travel estimates, the trip
 * repository, and the trip pages and API.
 * - {@code hospitals}: the hospital repository, the hospitals API and the desk account bindings.
 * - {@code routing}: the routing rules kept as data, the rule book that picks a care mode and a destination, and the
 * routing rule pages and API.
 * - {@code filing}: filing a medical request (pages, API and the hotline's filing) and the trip it starts.
 * - {@code fleet}: the fleet and hospital command pages with their register forms, and the vehicles API.
 * - {@code access}: the signed-in caller's trip and hospital access, the role expressions of every page and API.
 * - {@code dispatch}, {@code dialysis}, {@code medicine}: dispatch proposals, standing dialysis trips,
 * chronic-medicine runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical access",
		allowedDependencies = { "shared", "territory", "residents", "identity", "requests", "zones", "volunteers" })
package org.lifeline.medical;

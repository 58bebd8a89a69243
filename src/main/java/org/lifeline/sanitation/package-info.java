/**
 * Sanitation (DESIGN §4.8, §4.7): disinfection (消杀) of every building's key points (elevator, corridor, stair
 * handrail, door handles, garbage point, parcel rack), generated from the territory; how often each kind is done
 * per zone, kept as rows the city edits; every round recorded with its time, agent and who into the compound's
 * ledger (exported as XLSX); terminal disinfection after a positive's transfer, from
 * {@link org.lifeline.isolation.TerminalDisinfectionDue} or entered by hand; overdue points per compound. Also the
 * door pickups of garbage in sealed units, scheduled per zone, and parcels logged at the gate, delivered to the door
 * and confirmed by the resident on their home page (the fragment {@code /sanitation/parcels/mine} it embeds).
 * <p>
 * Offers disinfection rounds, garbage pickups and parcel deliveries to the volunteers' task list through
 * {@link org.lifeline.volunteers.VolunteerTaskSource} (kinds DISINFECTION, GARBAGE_PICKUP, PARCEL_DELIVERY).
 * Reads buildings through the territory's view territory_placement, zones through the zones view
 * zone_unit_summary and households through residents' view household_place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sanitation",
		allowedDependencies = { "shared", "territory", "residents", "isolation", "volunteers" })
package org.lifeline.sanitation;

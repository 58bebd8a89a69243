/**
 * Food and supplies: approved suppliers and their couriers, priced packages with stock, group buys per
 * compound, government packages, the hand-over at the gate and the last 100 metres to the door.
 *
 * Reads other modules through their APIs and through the views they publish: {@code territory_placement},
 * {@code household_place} and {@code resident_facts}. Implements identity's {@code AccountBindings} for supplier
 * accounts. Writes into no other module. Offers the door deliveries of group buys and government packages to the
 * volunteers' task list by implementing {@code VolunteerTaskSource}.
 *
 * Publishes the SQL read view {@code delivery_pending} (migration V125: one row per government package not yet
 * delivered and per group buy confirmed but not yet at the gate, with territory ids) for the command summaries,
 * and the SQL read view {@code delivery_queue} (migration V176: the same deliveries as a work queue, one row per
 * package round and compound and per confirmed group buy, with its id, territory ids, the time it is due and the
 * households waiting), indexed by district and street for the supplies task force's board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Food and supplies",
		allowedDependencies = { "shared", "territory", "residents", "identity", "zones", "volunteers" })
package org.lifeline.supplies;

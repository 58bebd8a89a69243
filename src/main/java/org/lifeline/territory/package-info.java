/**
 * The territory: city, districts, streets and towns, neighbourhood committees, compounds and buildings, and the
 * scope ("this node and everything below it") that every query about people is filtered by.
 *
 * Published for other modules:
 * - {@code Territory}, {@code TerritoryScope} and the node types: reading the tree and scoping queries.
 * - The read view {@code territory_placement} (migration V65): every node's id, code, kind, name, parent, the ids
 * of its district, street, committee and compound, address and position. Other modules join this view, never
 * {@code territory_node}; it is a plain view, so a join through it is planned as a join on the table.
 *
 * Writes by other modules, by use-case calls rather than events (DESIGN §5 exceptions):
 * - Residents adds the buildings a registration or an import names, through {@code Territory.buildingOf} and
 * {@code Territory.addBuildings} (one INSERT … SELECT for all of an import's buildings). A call, not an event,
 * because the households are placed in those buildings in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory", allowedDependencies = "shared")
package org.lifeline.territory;

/**
 * The territory: city, districts, streets and towns, neighbourhood committees, compounds and buildings, and the
 * scope ("this node and everything below it") that every query about people is filtered by.
 * <p>
 * Published read view: territory_placement (every node's id, code, kind, name, parent, ancestor ids, address and
 * position); other modules join it, never territory_node.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package org.lifeline.territory;

/**
 * The territory: city, districts, streets and towns, neighbourhood committees, compounds and buildings, and the
 * scope ("this node and everything below it") that every query about people is filtered by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package org.lifeline.territory;

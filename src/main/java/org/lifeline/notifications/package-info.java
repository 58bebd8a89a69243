/**
 * In-app notifications: what a user should look at now (a critical request in their street, an escalation, work
 * given to them, their compound's new zone, a group buy confirmed or waiting at the gate, a closed hospital with
 * trips to re-route, check-ins missed), written from the events other modules publish and read by each user for themselves.
 * An alert that asks for a call (a critical medical request) keeps the request's id and shows its number, read
 * through {@code RequestQueries.byIds} within the reader's scope: in clear for the roles that call residents, each
 * view audited as a disclosure, masked for everyone else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "identity", "territory", "residents", "requests", "zones", "supplies",
				"medical", "screening", "cases", "isolation", "care" })
package org.lifeline.notifications;

/**
 * In-app notifications: what a user should look at now (a critical request in their street, an escalation, work
 * given to them), written from the events other modules publish and read by each user for themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "identity", "requests" })
package org.lifeline.notifications;

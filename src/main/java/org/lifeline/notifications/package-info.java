/**
 * In-app notifications: what a user should look at now (a critical request in their street, an escalation, work
 * given to them, their compound moved to another zone), written from the events other modules publish and read
 * by each user for themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.lifeline.notifications;

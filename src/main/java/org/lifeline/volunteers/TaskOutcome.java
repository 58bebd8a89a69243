package org.lifeline.volunteers;

/** What the volunteer says of a task: done, or failed with a reason (not home, refused, no key …). */
public record TaskOutcome(boolean done, String reason) {
}

package org.lifeline.medical.medicine;

import java.time.Instant;

/** One entry of a batch's timeline: when, who, what and an optional note. */
public record BatchStep(Instant at, String actor, String action, String note) {
}

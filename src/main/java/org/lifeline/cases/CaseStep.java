package org.lifeline.cases;

import java.time.Instant;

/** One step of a case's lifecycle: when, who, what the case became and why. */
public record CaseStep(Instant at, String actor, CaseStatus status, String action, String note) {
}

package org.lifeline.requests;

import java.time.Instant;

/** One entry of a request's timeline: what happened, who did it and when. */
public record Step(Instant at, String actor, String action, String note) {
}

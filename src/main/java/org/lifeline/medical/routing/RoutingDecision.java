package org.lifeline.medical.routing;

/** What routing answers: the mode, the destination (a transfer only) and a line a clerk can read out. */
public record RoutingDecision(CareMode mode, HospitalRef destination, String explanation, Long ruleId) {
}

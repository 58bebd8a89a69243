package org.lifeline.medical.routing;

/** A hospital named in an answer. */
public record HospitalRef(String code, String name) {
}

package org.lifeline.medical;

/** A hospital named in an answer. */
public record HospitalRef(String code, String name) {
}

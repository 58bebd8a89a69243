package org.lifeline.medical;

/** A vehicle as assignment checks it. */
record VehicleRef(long id, String code, VehicleType type, int seats, String status) {
}

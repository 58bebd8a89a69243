package org.lifeline.medical.trips;

import org.lifeline.medical.VehicleType;

/** A vehicle as assignment checks it. */
public record VehicleRef(long id, String code, VehicleType type, int seats, String status) {
}

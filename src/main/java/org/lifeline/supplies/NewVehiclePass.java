package org.lifeline.supplies;

import java.time.LocalDate;

/** A vehicle pass issued to a supplier's vehicle. */
public record NewVehiclePass(String plate, String passNo, LocalDate validUntil) {
}

package org.lifeline.supplies;

import java.time.LocalDate;

/** A vehicle pass of a supplier, valid through {@code validUntil}. */
public record VehiclePassView(long id, long supplierId, String plate, String passNo, LocalDate validUntil,
		boolean valid) {
}

package org.lifeline.supplies;

import java.time.LocalDate;

/** A supplier to put on the whitelist with its certificate. */
public record NewSupplier(String name, String certificateNo, LocalDate validUntil, String contactName,
		String contactPhone) {
}

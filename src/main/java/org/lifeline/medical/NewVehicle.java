package org.lifeline.medical;

import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;

/**
 * A vehicle a street or district fleet registers: its plate, type, the street whose fleet it joins (left out:
 * the district's own fleet, then the district is named) and its seats.
 */
public record NewVehicle(String plate, String type, String district, String street, Integer seats) {

	static final int MAX_PLATE = 20;

	static final int MAX_SEATS = 60;

	/** Refuses a missing or overlong plate, an unknown type and seats that no vehicle has. */
	VehicleType check() {
		if (plate == null || plate.isBlank() || plate.trim().length() > MAX_PLATE) {
			throw new InvalidInputException("plate", "a vehicle needs its plate, at most " + MAX_PLATE + " characters",
					"problem.medical.plate", String.valueOf(MAX_PLATE));
		}
		VehicleType parsed = EnumInput.required(VehicleType.class, "type", type);
		if (seats == null || seats < 1 || seats > MAX_SEATS) {
			throw new InvalidInputException("seats", "a vehicle has 1 to " + MAX_SEATS + " seats", "problem.medical.seats",
					String.valueOf(MAX_SEATS));
		}
		return parsed;
	}

	String trimmedPlate() {
		return plate.trim();
	}
}

package org.lifeline.medical;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;

/**
 * A hospital a district or the city registers: its own code (given by the health commission, or made up when
 * left out), name, district, address and map point, what it is designated or equipped for, and its daily
 * dialysis slots and obstetric beds where it has them.
 */
public record NewHospital(String code, String name, String district, String address, Double lat, Double lon,
		List<String> kinds, Integer dialysisSlots, Integer obstetricBeds) {

	static final int MAX_CODE = 40;

	static final int MAX_NAME = 100;

	static final int MAX_ADDRESS = 200;

	/** The kinds as constants in the order given; refuses none at all and a kind that is not one. */
	Set<HospitalKind> checkedKinds() {
		if (kinds == null || kinds.stream().allMatch(k -> k == null || k.isBlank())) {
			throw new InvalidInputException("kinds", "say what the hospital is for: at least one of its kinds",
					"problem.medical.hospitalKinds");
		}
		Set<HospitalKind> parsed = new LinkedHashSet<>();
		kinds.stream().filter(k -> k != null && !k.isBlank())
			.forEach(k -> parsed.add(EnumInput.required(HospitalKind.class, "kinds", k)));
		return parsed;
	}

	/** Refuses a missing or overlong name, code or address, a place off the map and a negative capacity. */
	void check() {
		if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
			throw new InvalidInputException("name", "a hospital needs a name of at most " + MAX_NAME + " characters",
					"problem.medical.hospitalName", String.valueOf(MAX_NAME));
		}
		if (code != null && (code.trim().length() > MAX_CODE || !code.trim().matches("[A-Za-z0-9_-]*"))) {
			throw new InvalidInputException("code", "a hospital code has at most " + MAX_CODE + " letters, digits, - or _",
					"problem.medical.hospitalCode", String.valueOf(MAX_CODE));
		}
		if (address != null && address.trim().length() > MAX_ADDRESS) {
			throw MedicalRefusals.longerThan("address", MAX_ADDRESS);
		}
		if (lat == null || Math.abs(lat) > 90) {
			throw new InvalidInputException("lat", "a hospital needs its latitude (-90 to 90)", "problem.medical.hospitalLat");
		}
		if (lon == null || Math.abs(lon) > 180) {
			throw new InvalidInputException("lon", "a hospital needs its longitude (-180 to 180)", "problem.medical.hospitalLon");
		}
		if (dialysisSlots != null && dialysisSlots < 0) {
			throw MedicalRefusals.negativeCapacity("dialysisSlots");
		}
		if (obstetricBeds != null && obstetricBeds < 0) {
			throw MedicalRefusals.negativeCapacity("obstetricBeds");
		}
	}

	String trimmedCode() {
		return code == null || code.isBlank() ? null : code.trim();
	}
}

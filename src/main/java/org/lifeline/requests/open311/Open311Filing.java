package org.lifeline.requests.open311;

import java.util.Set;

import org.lifeline.requests.RequestDraft;
import org.lifeline.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/** The fields of a GeoReport v2 POST requests, checked: the spec's names (and FixMyStreet's deviceid). */
record Open311Filing(String jurisdictionId, String serviceCode, Double lat, Double lon, String addressString,
		String addressId, String email, String name, String phone, String description, String mediaUrl,
		Boolean critical) {

	static final Set<String> FIELDS = Set.of("api_key", "jurisdiction_id", "service_code", "lat", "long",
			"address_string", "address_id", "email", "device_id", "deviceid", "account_id", "first_name", "last_name",
			"phone", "description", "media_url");

	/**
	 * The filing in the form: unknown attributes are ignored (only {@code attribute[critical]} means something
	 * here), a repeated {@code media_url} keeps the first, an over-long description is cut with an ellipsis.
	 */
	static Open311Filing of(MultiValueMap<String, String> form) {
		Open311Fields.requireKnown(form, FIELDS);
		String name = Open311Fields.name(text(form, "first_name", 50), text(form, "last_name", 50));
		return new Open311Filing(text(form, "jurisdiction_id", 40), text(form, "service_code", 40),
				number(form, "lat", -90, 90), number(form, "long", -180, 180), text(form, "address_string", 300),
				text(form, "address_id", 20), text(form, "email", 200), name,
				Open311Fields.phone(text(form, "phone", 40)), description(form.getFirst("description")),
				text(form, "media_url", 500), critical(form.getFirst("attribute[" + Open311Services.CRITICAL + "]")));
	}

	private static String description(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String kept = text.strip();
		return kept.length() <= RequestDraft.MAX_DESCRIPTION ? kept
				: kept.substring(0, RequestDraft.MAX_DESCRIPTION - 1) + "…";
	}

	RequestDraft draft() {
		if (serviceCode == null) {
			throw InvalidInputException.required("service_code");
		}
		if ((lat == null) != (lon == null)) {
			throw new InvalidInputException(lat == null ? "lat" : "long", "lat and long go together", "problem.open311.latLong");
		}
		try {
			return RequestDraft.of(serviceCode, description, critical, null, mediaUrl, email);
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException(e.field().equals("category") ? "service_code" : e.field(),
					e.getMessage().replace("category", "service_code"), e.getCodes() == null ? null : e.getCodes()[0],
					e.getArguments());
		}
	}

	private static String text(MultiValueMap<String, String> form, String field, int max) {
		return Open311Fields.text(form, field, max);
	}

	private static Double number(MultiValueMap<String, String> form, String field, double min, double max) {
		String value = text(form, field, 30);
		if (value == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(value);
			if (d < min || d > max || Double.isNaN(d)) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, field + " must be a number between " + min + " and " + max,
					"problem.open311.numberRange", field, String.valueOf(min), String.valueOf(max));
		}
	}

	private static Boolean critical(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			throw new InvalidInputException("attribute[critical]", "attribute[critical] is true or false",
					"problem.open311.critical");
		}
		return Boolean.parseBoolean(value);
	}
}

package org.lifeline.requests.open311;

import java.util.Set;

import org.lifeline.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * The fields of a GeoReport v2 POST servicerequestupdates: which request, the comment and who wrote it. The
 * client's own numbers, its view of the status and its anonymity and alert flags are accepted and not kept.
 */
record Open311Comment(long serviceRequestId, String text) {

	static final Set<String> FIELDS = Set.of("api_key", "jurisdiction_id", "service_request_id", "description",
			"status", "updated_datetime", "first_name", "last_name", "email", "phone", "update_id", "media_url",
			"title", "email_alerts_requested", "service_request_id_ext", "update_id_ext", "public_anonymity_required",
			"account_id");

	static Open311Comment of(MultiValueMap<String, String> form) {
		Open311Fields.requireKnown(form, FIELDS);
		String id = Open311Fields.text(form, "service_request_id", 20);
		if (id == null) {
			throw InvalidInputException.required("service_request_id");
		}
		String description = Open311Fields.text(form, "description", Integer.MAX_VALUE);
		if (description == null) {
			throw InvalidInputException.required("description");
		}
		String name = Open311Fields.name(form.getFirst("first_name"), dash(form.getFirst("last_name")));
		return new Open311Comment(Open311Lists.parseId(id), name == null ? description : name + ": " + description);
	}

	/** FixMyStreet sends a lone dash for a missing last name. */
	private static String dash(String lastName) {
		return lastName != null && lastName.strip().equals("-") ? null : lastName;
	}
}

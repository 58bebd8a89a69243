package org.lifeline.requests;

import org.lifeline.shared.InvalidInputException;

/** What a request asks for, checked: category, description (at most {@value #MAX_DESCRIPTION} characters), photo. */
public record RequestDraft(RequestCategory category, boolean critical, String description, Photo photo,
		String mediaUrl, String email) {

	public static final int MAX_DESCRIPTION = 2000;

	/** Checks what a caller sent, naming the field that is wrong. */
	public static RequestDraft of(String category, String description, Boolean critical, Photo photo, String mediaUrl,
			String email) {
		if (category == null || category.isBlank()) {
			throw InvalidInputException.required("category");
		}
		RequestCategory parsed = RequestCategory.parse(category)
			.orElseThrow(() -> RequestCategory.unknown(category));
		if (description == null || description.isBlank()) {
			throw new InvalidInputException("description", "say what is needed", "problem.requests.descriptionRequired");
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("description", "the description is longer than " + MAX_DESCRIPTION + " characters",
					"problem.requests.descriptionTooLong", String.valueOf(MAX_DESCRIPTION));
		}
		boolean isCritical = Boolean.TRUE.equals(critical);
		if (isCritical && !parsed.canBeCritical()) {
			throw new InvalidInputException("critical", "only MEDICAL requests can be critical",
					"problem.requests.criticalMedicalOnly");
		}
		if (mediaUrl != null && (mediaUrl.length() > 500 || !mediaUrl.matches("(?i)https?://\\S+"))) {
			throw new InvalidInputException("media_url", "media_url must be an http(s) URL of at most 500 characters",
					"problem.requests.mediaUrl");
		}
		if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
			throw new InvalidInputException("email", "email is not an e-mail address", "problem.requests.email");
		}
		return new RequestDraft(parsed, isCritical, description.trim(), photo, mediaUrl, email);
	}
}

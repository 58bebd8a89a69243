package org.lifeline.requests;

/**
 * A request as the JSON API takes it: for a resident, a category, what is needed, whether it is a medical
 * emergency, and an optional photo as base64.
 */
public record NewRequest(Long residentId, String category, String description, Boolean critical, String photo) {

	/** What is asked, checked; the resident is checked by the intake. */
	RequestDraft draft() {
		return RequestDraft.of(category, description, critical, photo == null ? null : Photo.ofBase64(photo), null, null);
	}
}

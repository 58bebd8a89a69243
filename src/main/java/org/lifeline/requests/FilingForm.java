package org.lifeline.requests;

/**
 * What the filing pages send: for which resident, the category, what is needed and, for a medical request only,
 * whether it is an emergency. A critical tick left on another category is dropped rather than refused.
 */
record FilingForm(Long residentId, String category, String description, Boolean critical) {

	static FilingForm empty(Long residentId) {
		return new FilingForm(residentId, null, "", false);
	}

	NewRequest toNewRequest(String photoBase64) {
		boolean medical = RequestCategory.parse(category).filter(RequestCategory::canBeCritical).isPresent();
		return new NewRequest(residentId, category, description, medical && Boolean.TRUE.equals(critical), photoBase64);
	}
}

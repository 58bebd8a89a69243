package org.lifeline.requests;

/** A hotline filing: the caller's phone (to show them again afterwards) and the filing for a chosen member. */
record HotlineForm(String phone, Long residentId, String category, String description, Boolean critical) {

	FilingForm filing() {
		return new FilingForm(residentId, category, description, critical);
	}
}

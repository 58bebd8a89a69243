package org.lifeline.requests;

/**
 * A hotline filing: the caller's phone (to show them again afterwards) and the filing for a chosen member; for a
 * medical request also the need and what the patient needs on the way, so that it is routed at once.
 */
record HotlineForm(String phone, Long residentId, String category, String description, Boolean critical,
		String need, Boolean wheelchair, Boolean stretcher, Boolean oxygen, Boolean companion) {

	static HotlineForm lookup(String phone, Long residentId) {
		return new HotlineForm(phone, residentId, null, "", false, null, null, null, null, null);
	}

	FilingForm filing() {
		return new FilingForm(residentId, category, description, critical);
	}

	boolean medical() {
		return RequestCategory.parse(category).orElse(null) == RequestCategory.MEDICAL;
	}

	MedicalHotline.Call medicalCall() {
		if (residentId == null) {
			throw new org.lifeline.shared.InvalidInputException("residentId", "choose the person the request is for");
		}
		return new MedicalHotline.Call(residentId, need, Boolean.TRUE.equals(critical), description,
				Boolean.TRUE.equals(wheelchair), Boolean.TRUE.equals(stretcher), Boolean.TRUE.equals(oxygen),
				Boolean.TRUE.equals(companion));
	}
}

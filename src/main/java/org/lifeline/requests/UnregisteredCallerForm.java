package org.lifeline.requests;

import org.lifeline.shared.InvalidInputException;

/**
 * A filing for a caller the registry does not know: their name, phone and address as given, the compound the
 * operator found for that address (its committee matches the caller to a resident), and what is needed.
 */
record UnregisteredCallerForm(String phone, String callerName, String address, Long compoundId, String category,
		String description, Boolean critical) {

	static final int MAX_NAME = 100;

	static final int MAX_ADDRESS = 300;

	/** The caller's name, checked. */
	String name() {
		return required("callerName", callerName, MAX_NAME);
	}

	/** The address as the caller gave it, checked. */
	String givenAddress() {
		return required("address", address, MAX_ADDRESS);
	}

	/** The phone to call back, checked like a lookup. */
	String callbackPhone() {
		return RequestQueries.lookupPhone(phone);
	}

	RequestDraft draft() {
		return RequestDraft.of(category, description, critical, null, null, null);
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw InvalidInputException.required(field);
		}
		if (value.trim().length() > max) {
			throw InvalidInputException.tooLong(field, max);
		}
		return value.trim();
	}
}

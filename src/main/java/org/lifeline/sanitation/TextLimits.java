package org.lifeline.sanitation;

import org.lifeline.shared.InvalidInputException;

/** The one refusal of a text over its length in this module, said in the reader's language. */
final class TextLimits {

	private TextLimits() {
	}

	/** The field's text is longer than {@code max} characters. */
	static InvalidInputException atMost(String field, int max) {
		return new InvalidInputException(field, "at most " + max + " characters", "problem.sanitation.atMost",
				String.valueOf(max));
	}
}

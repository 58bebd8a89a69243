package org.lifeline.isolation;

import org.lifeline.shared.InvalidInputException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Words of isolation named inside a refusal: a placement's or run's status by its label, an unknown bed kind. */
final class IsolationWords {

	private IsolationWords() {
	}

	static MessageSourceResolvable placement(String status) {
		return new DefaultMessageSourceResolvable(new String[] { "isolation.placement." + status }, status);
	}

	static MessageSourceResolvable run(String status) {
		return new DefaultMessageSourceResolvable(new String[] { "isolation.run.status." + status }, status);
	}

	static InvalidInputException unknownBedKind(String field, String given) {
		return new InvalidInputException(field, "unknown bed kind " + given, "problem.isolation.unknownBedKind", given);
	}
}

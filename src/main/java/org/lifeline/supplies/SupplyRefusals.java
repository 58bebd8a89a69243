package org.lifeline.supplies;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;

/** Refusals said the same way in several places of supplies, each with its message key. */
final class SupplyRefusals {

	private SupplyRefusals() {
	}

	/** A free text (note, remark, reason) over its length. */
	static InvalidInputException longerThan(String field, int max) {
		return new InvalidInputException(field, "the " + field + " is longer than " + max + " characters",
				"problem.supplies." + field + "TooLong", String.valueOf(max));
	}

	/** A stock figure outside what a package can hold. */
	static InvalidInputException stockOutOfRange() {
		return new InvalidInputException("stock", "stock must be between 0 and " + PriceRules.MAX_STOCK,
				"problem.supplies.stockRange", String.valueOf(PriceRules.MAX_STOCK));
	}

	/** The household's delivery was checked off before. */
	static ConflictException alreadyCheckedOff(long householdId) {
		return new ConflictException("the delivery to household " + householdId + " was already checked off",
				"problem.supplies.alreadyCheckedOff", String.valueOf(householdId));
	}
}

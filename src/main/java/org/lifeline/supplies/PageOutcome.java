package org.lifeline.supplies;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page action and carries its outcome to the next page: a done key, or the problem as the server said it. */
final class PageOutcome {

	private PageOutcome() {
	}

	static String run(RedirectAttributes flash, String doneKey, String target, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("done", doneKey);
		}
		catch (InvalidInputException | ConflictException | NotFoundException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:" + target;
	}

	/** Reads a price written in yuan (12.80) into fen; null when blank. */
	static Integer fen(String yuan) {
		if (yuan == null || yuan.isBlank()) {
			return null;
		}
		try {
			return new java.math.BigDecimal(yuan.trim()).movePointRight(2).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException e) {
			throw new InvalidInputException("priceFen", "write the price in yuan, e.g. 68.00");
		}
	}
}

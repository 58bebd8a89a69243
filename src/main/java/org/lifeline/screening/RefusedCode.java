package org.lifeline.screening;

import org.lifeline.screening.codes.CodeSigner;
import org.lifeline.shared.InvalidInputException;

/** A resident code a sampler scanned or typed that is refused: not a code, forged, expired, or not placeable. */
public class RefusedCode extends InvalidInputException {

	private final String code;

	public RefusedCode(String field, String code, CodeSigner.Verified refused) {
		super(field, "resident code " + code + " " + refused.refusal(), refused.refusalKey(), code,
				refused.refusalArgument());
		this.code = code;
	}

	/** The code as given, so a page can mark the one at fault. */
	public String code() {
		return code;
	}
}

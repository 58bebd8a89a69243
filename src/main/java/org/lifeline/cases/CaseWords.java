package org.lifeline.cases;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A case's status or type named inside a refusal: its label in the reader's language, its constant in English. */
final class CaseWords {

	private CaseWords() {
	}

	static MessageSourceResolvable of(CaseStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "caseStatus." + status.name() }, status.name());
	}

	static MessageSourceResolvable of(CaseType type) {
		return new DefaultMessageSourceResolvable(new String[] { "caseType." + type.name() }, type.name());
	}
}

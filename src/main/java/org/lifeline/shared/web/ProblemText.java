package org.lifeline.shared.web;

import java.util.regex.Pattern;

/**
 * Keeps internals out of error bodies: a qualified Java class name ({@code java.time.LocalDate},
 * {@code org.lifeline.…}) left in a framework's message is replaced by plain words.
 */
final class ProblemText {

	private static final Pattern QUALIFIED_CLASS = Pattern
		.compile("`?\\b(?:java|javax|jakarta|org|com|tools|net|io|sun)(?:\\.[a-zA-Z_$][\\w$]*)+`?");

	private ProblemText() {
	}

	static String clean(String detail) {
		return detail == null ? null : QUALIFIED_CLASS.matcher(detail).replaceAll("a value");
	}
}

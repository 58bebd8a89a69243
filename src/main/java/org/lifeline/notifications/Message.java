package org.lifeline.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What a notification says, as a message key of the notifications bundle and its arguments, rendered in the
 * reader's language. An argument written {@code msg:key} is itself a message (a category, a zone) and is rendered
 * in the same language; any other argument is shown as it is (numbers without grouping).
 */
public record Message(String key, List<String> args) {

	static final String NESTED = "msg:";

	public static Message of(String key, Object... args) {
		return new Message(key, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
	}

	/** An argument that is a message key itself. */
	public static String nested(String key) {
		return NESTED + key;
	}

	String render(MessageSource messages, Locale locale) {
		Object[] rendered = args.stream()
			.map(a -> a.startsWith(NESTED) ? messages.getMessage(a.substring(NESTED.length()), null, a.substring(NESTED.length()), locale) : a)
			.toArray();
		return messages.getMessage(key, rendered, key, locale);
	}
}

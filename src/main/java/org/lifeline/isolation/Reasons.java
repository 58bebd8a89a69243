package org.lifeline.isolation;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Says why a case was left over in the reader's language: the reason's key with its facts, kinds named by their keys. */
@Component
class Reasons {

	private final MessageSource messages;

	Reasons(MessageSource messages) {
		this.messages = messages;
	}

	String say(Allocated.LeftOver left) {
		return say(left.reasonKey(), left.facts(), LocaleContextHolder.getLocale());
	}

	String say(String key, List<Object> facts, Locale locale) {
		Object[] args = facts.stream().map(Reasons::argument).toArray();
		return messages.getMessage(key, args, key, locale);
	}

	static Object argument(Object fact) {
		if (fact instanceof BedKind kind) {
			return new DefaultMessageSourceResolvable(new String[] { "isolation.bed." + kind.name() }, kind.name());
		}
		if (fact instanceof FacilityKind kind) {
			return new DefaultMessageSourceResolvable(new String[] { "isolation.kind." + kind.name() }, kind.name());
		}
		return fact;
	}
}

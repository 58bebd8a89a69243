package org.lifeline.web;

import java.util.Locale;

import org.lifeline.identity.Users;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows people in histories by their names, not their usernames ({@code ${@people.name(step.actor)}} in
 * templates); steps the system took read as the system in the reader's language.
 */
@Component("people")
class PagePeople {

	/** Accounts that are the system itself: scheduled jobs and the demo city's loader. */
	static final java.util.Set<String> SYSTEM = java.util.Set.of("system", "demo");

	private final Users users;

	private final MessageSource messages;

	PagePeople(Users users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	public String name(String username) {
		if (SYSTEM.contains(username)) {
			Locale locale = LocaleContextHolder.getLocale();
			return messages.getMessage("people.system", null, username, locale);
		}
		return users.displayName(username);
	}
}

package org.lifeline.shared.personal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which kinds of personal data the current request may see unmasked. Set once per request from the caller's
 * role, widened by an explicit, audited reveal. Outside a request nothing is disclosed.
 */
public final class Disclosure {

	private static final String ATTRIBUTE = Disclosure.class.getName();

	private Disclosure() {
	}

	public static boolean allows(PersonalData.Kind kind) {
		return current().contains(kind);
	}

	public static Set<PersonalData.Kind> current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object value = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		@SuppressWarnings("unchecked")
		Set<PersonalData.Kind> kinds = value instanceof Set<?> set ? (Set<PersonalData.Kind>) set : Set.of();
		return kinds;
	}

	/** Adds kinds the current request may see unmasked. */
	public static void allow(Set<PersonalData.Kind> kinds) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && !kinds.isEmpty()) {
			Set<PersonalData.Kind> now = EnumSet.noneOf(PersonalData.Kind.class);
			now.addAll(current());
			now.addAll(kinds);
			request.setAttribute(ATTRIBUTE, now, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** The value as the current request may see it. */
	public static String show(PersonalData.Kind kind, String value) {
		return allows(kind) ? value : kind.mask(value);
	}
}

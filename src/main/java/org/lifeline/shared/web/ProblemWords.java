package org.lifeline.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Says what went wrong in the reader's language: a refusal that carries a message key (the {@code problem.} keys
 * of the bundles) is rendered in the request's locale, any other in its own (English) words. Pages speak their
 * language; an API caller that states none (no Accept-Language, no chosen language) reads English, as API
 * clients always have. Machine fields (type, title, field names, codes) are never translated. Pages reach it as
 * {@code @problems}.
 */
@Component("problems")
public class ProblemWords {

	/** The cookie that keeps the language a user chose on the pages. */
	public static final String LANGUAGE_COOKIE = "lifeline-lang";

	private final MessageSource messages;

	ProblemWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The words of a refusal (an exception with a message key, a key with arguments, or plain text). */
	public String say(Object problem) {
		if (problem instanceof MessageSourceResolvable words) {
			return messages.getMessage(words, locale());
		}
		if (problem instanceof Throwable failure) {
			return failure.getMessage();
		}
		return problem == null ? null : String.valueOf(problem);
	}

	/** The words of a message key with arguments, English given for a caller that states no language. */
	public String say(String key, String english, Object... arguments) {
		return say(new DefaultMessageSourceResolvable(new String[] { key }, arguments, english));
	}

	/**
	 * The server's own English words for a reader of English; for any other reader the general words of the key
	 * (a refusal whose detail is not a message key yet, such as a role's refusal).
	 */
	public String generally(String key, String english) {
		Locale locale = locale();
		return "en".equals(locale.getLanguage()) ? english : messages.getMessage(key, null, english, locale);
	}

	/** The reader's language: the page's, or for an API caller the one it stated, else English. */
	Locale locale() {
		HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest() : null;
		if (request == null || !isApi(request.getRequestURI()) || statesLanguage(request)) {
			return LocaleContextHolder.getLocale();
		}
		return Locale.ENGLISH;
	}

	private static boolean isApi(String path) {
		return path != null && (path.startsWith("/api/") || GeoReportErrors.covers(path));
	}

	private static boolean statesLanguage(HttpServletRequest request) {
		return request.getHeader("Accept-Language") != null || request.getParameter("lang") != null
				|| WebUtils.getCookie(request, LANGUAGE_COOKIE) != null;
	}
}

package org.lifeline.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Simplified Chinese unless the user switches to English with {@code ?lang=en}; the choice is kept
 * in a cookie for a year. API callers without that choice are answered in their Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = org.lifeline.shared.web.ProblemWords.LANGUAGE_COOKIE;

	static final String PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setDefaultLocaleFunction(LocaleConfiguration::withoutChoice);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/**
	 * Without a chosen language pages speak Chinese; API and Open311 callers that send Accept-Language are
	 * answered in it (their error details, say).
	 */
	static Locale withoutChoice(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean api = path != null && (path.startsWith("/api/") || path.startsWith("/open311"));
		return api && request.getHeader("Accept-Language") != null ? request.getLocale() : Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}
}

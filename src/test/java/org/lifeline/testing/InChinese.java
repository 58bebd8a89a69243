package org.lifeline.testing;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.i18n.LocaleContextHolder;

/** Reads something as a user whose pages are in Chinese (notifications render in the reader's language). */
public final class InChinese {

	private InChinese() {
	}

	public static <T> T read(Supplier<T> read) {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			return read.get();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}

package org.lifeline.zones;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Why a unit changed zone, in the official phrasing: a message key of the zones bundle with its arguments
 * (dates as ISO days), kept with every change so each reader gets their own language; the Chinese text is kept
 * beside it for readers of the plain reason.
 */
@Component
class ZoneReasons {

	/** "3号楼新增阳性 4月12日": args place, day. */
	static final String POSITIVE = "zones.why.positive";

	/** "连续7天无新增": args clean days. */
	static final String CLEAN = "zones.why.clean";

	/** "连续7天无新增且全员阴性": args clean days. */
	static final String CLEAN_AND_NEGATIVE = "zones.why.cleanAndNegative";

	/** The rule set changed: args rule set name. */
	static final String RULE_SET = "zones.why.ruleSet";

	/** A district override: args reason, until. */
	static final String OVERRIDE = "zones.why.override";

	/** The override ended; the computed zone applies. */
	static final String OVERRIDE_ENDED = "zones.why.overrideEnded";

	/** No positive on record (a unit whose zone was typed in). */
	static final String NO_POSITIVE = "zones.why.noPositive";

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final java.util.regex.Pattern ARG = java.util.regex.Pattern.compile("\\{(\\d)\\}");

	private final MessageSource messages;

	ZoneReasons(MessageSource messages) {
		this.messages = messages;
	}

	/** The reason in a language; a change kept before reasons had keys shows its plain text. */
	String text(String key, List<String> args, String plain, Locale locale) {
		if (key == null) {
			return plain;
		}
		Object[] shown = args == null ? new Object[0] : args.stream().map(a -> day(a, locale)).toArray();
		try {
			return messages.getMessage(key, shown, locale);
		}
		catch (NoSuchMessageException e) {
			return plain;
		}
	}

	/** The Chinese pattern of a key as a PostgreSQL format() string ({0} becomes %1$s), for set-based writes. */
	String sqlPattern(String key) {
		String pattern = messages.getMessage(key, null, CHINESE).replace("%", "%%").replace("''", "'");
		java.util.regex.Matcher arg = ARG.matcher(pattern);
		StringBuilder sql = new StringBuilder();
		while (arg.find()) {
			arg.appendReplacement(sql, "%" + (Integer.parseInt(arg.group(1)) + 1) + "\\$s");
		}
		return arg.appendTail(sql).toString();
	}

	private static String day(String arg, Locale locale) {
		if (arg == null || arg.length() != 10 || arg.charAt(4) != '-') {
			return arg;
		}
		try {
			LocalDate day = LocalDate.parse(arg);
			return "en".equals(locale.getLanguage()) ? ENGLISH_DAY.format(day)
					: day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
		}
		catch (DateTimeParseException e) {
			return arg;
		}
	}
}

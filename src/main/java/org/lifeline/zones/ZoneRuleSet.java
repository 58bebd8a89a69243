package org.lifeline.zones;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A rule set for computing zones, kept as a row: a unit is sealed until {@code sealedDays} clean days have
 * passed since its day 0 (the date of its last positive), controlled for {@code controlledDays} more, then in
 * the precaution zone. Day 0 itself counts as no clean day; a new positive restarts the clock. It may require
 * the unit's latest screening to be complete and all negative before a downgrade, and may seal single buildings
 * (the compound around them is then at most controlled).
 */
public record ZoneRuleSet(String name, String title, String titleEn, int sealedDays, int controlledDays,
		boolean requiresClearScreening, boolean sealsBuildings, boolean active) {

	/** Days without a new positive since day 0 as of the given day (0 on day 0 itself). */
	public static long cleanDays(LocalDate dayZero, LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(dayZero, today));
	}

	/** The zone the clean days alone give a unit on the given day; no positive ever means precaution. */
	public Zone zoneOn(LocalDate dayZero, LocalDate today) {
		if (dayZero == null) {
			return Zone.PRECAUTION;
		}
		long clean = cleanDays(dayZero, today);
		if (clean < sealedDays) {
			return Zone.SEALED;
		}
		return clean < sealedDays + controlledDays ? Zone.CONTROLLED : Zone.PRECAUTION;
	}

	/** The zone of a compound unit: under building sealing, the compound around a sealed building is controlled. */
	public Zone compoundZoneOn(LocalDate dayZero, LocalDate today) {
		Zone zone = zoneOn(dayZero, today);
		return sealsBuildings && zone == Zone.SEALED ? Zone.CONTROLLED : zone;
	}

	/**
	 * The next computed zone of a unit: what the clean days give, except that a downgrade waits for a clear
	 * screening when the rule set requires one (a move to a stricter zone never waits).
	 */
	public Zone next(Zone current, LocalDate dayZero, LocalDate today, boolean compound, boolean screeningClear) {
		Zone byDays = compound ? compoundZoneOn(dayZero, today) : zoneOn(dayZero, today);
		boolean downgrade = current != null && byDays.ordinal() > current.ordinal();
		return downgrade && requiresClearScreening && !screeningClear ? current : byDays;
	}

	/** The day the unit leaves the sealed zone if no new positive arrives. */
	public LocalDate sealedUntil(LocalDate dayZero) {
		return dayZero == null ? null : dayZero.plusDays(sealedDays);
	}

	/** The day the unit reaches the precaution zone if no new positive arrives (null when it never had one). */
	public LocalDate expectedRelease(LocalDate dayZero) {
		return dayZero == null ? null : dayZero.plusDays((long) sealedDays + controlledDays);
	}

	/** The title in the reader's language. */
	public String title(java.util.Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? titleEn : title;
	}
}

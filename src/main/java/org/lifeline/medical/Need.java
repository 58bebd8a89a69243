package org.lifeline.medical;

import java.util.Optional;

import org.lifeline.shared.EnumInput;

/** What a medical request is for (DESIGN §4.3), with the name a clerk reads out. */
public enum Need {

	DIALYSIS("血透", 120),
	CHEMO("放化疗", 90),
	PREGNANCY("孕产", 120),
	FEVER("发热", 60),
	OTHER("其他就医", 60),
	/** To an exam site, not a hospital: ordered only through a site trip. */
	EXAM("赴考", 180);

	private final String chinese;

	private final int usualStayMinutes;

	Need(String chinese, int usualStayMinutes) {
		this.chinese = chinese;
		this.usualStayMinutes = usualStayMinutes;
	}

	public String chinese() {
		return chinese;
	}

	/** How long a patient usually stays at the hospital for this need, to plan the return leg. */
	public int usualStayMinutes() {
		return usualStayMinutes;
	}

	/** The needs a medical request or a hospital trip can name (all but the exam). */
	public static java.util.List<Need> medical() {
		return java.util.Arrays.stream(values()).filter(n -> n != EXAM).toList();
	}

	/** Reads a code in any case; empty when it is none of the needs. */
	public static Optional<Need> parse(String text) {
		return EnumInput.find(Need.class, text);
	}
}

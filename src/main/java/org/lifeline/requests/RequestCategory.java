package org.lifeline.requests;

import java.util.Arrays;
import java.util.Optional;

import org.lifeline.shared.InvalidInputException;

/** What a request is about (DESIGN §4.5), with the team that owns the work. */
public enum RequestCategory {

	FOOD("食品物资", "Food and supplies", "保供专班"),
	MEDICAL("就医", "Medical care", "医疗专班"),
	MEDICINE("配药", "Medicine", "医疗专班"),
	EXAM("考试就学", "Exam and school", "教育专班"),
	WORK_CERTIFICATE("误工证明", "Work-absence certificate", "居委会"),
	GARBAGE_PARCELS("垃圾快递", "Garbage and parcels", "环卫专班"),
	OTHER("其他", "Other", "居委会");

	private final String chinese;

	private final String english;

	private final String team;

	RequestCategory(String chinese, String english, String team) {
		this.chinese = chinese;
		this.english = english;
		this.team = team;
	}

	public String chinese() {
		return chinese;
	}

	public String english() {
		return english;
	}

	/** The team that owns this kind of work. */
	public String team() {
		return team;
	}

	/** Whether a request of this category can be critical (急危重症). */
	public boolean canBeCritical() {
		return this == MEDICAL;
	}

	/** Reads a code (any case) or its Chinese name. */
	public static Optional<RequestCategory> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim();
		return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.chinese.equals(t)).findFirst();
	}

	/** The refusal of a code that names no category. */
	static InvalidInputException unknown(String category) {
		return new InvalidInputException("category", "unknown category " + category, "problem.requests.unknownCategory",
				category);
	}
}

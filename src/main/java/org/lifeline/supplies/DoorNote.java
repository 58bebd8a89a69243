package org.lifeline.supplies;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What volunteers must honour at a door, read from the resident's remark and the household's tags: call first,
 * an elderly person living alone, leave it downstairs because the building is sealed.
 */
public enum DoorNote {

	CALL_FIRST, ELDERLY_ALONE, LEAVE_DOWNSTAIRS;

	private static final List<String> CALL = List.of("电话", "打给", "先打", "联系", "call", "phone", "ring");

	private static final List<String> ELDERLY = List.of("独居", "老人", "父母", "elderly", "alone", "parents");

	private static final List<String> DOWNSTAIRS = List.of("楼下", "放门口", "封楼", "封控", "downstairs", "sealed");

	/** The notes for a remark and whether the household has an elderly member living alone or aged 80+. */
	public static Set<DoorNote> of(String remark, boolean elderlyAlone) {
		Set<DoorNote> notes = EnumSet.noneOf(DoorNote.class);
		String text = remark == null ? "" : remark.toLowerCase(Locale.ROOT);
		if (CALL.stream().anyMatch(text::contains)) {
			notes.add(CALL_FIRST);
		}
		if (elderlyAlone || ELDERLY.stream().anyMatch(text::contains)) {
			notes.add(ELDERLY_ALONE);
		}
		if (DOWNSTAIRS.stream().anyMatch(text::contains)) {
			notes.add(LEAVE_DOWNSTAIRS);
		}
		return notes;
	}
}

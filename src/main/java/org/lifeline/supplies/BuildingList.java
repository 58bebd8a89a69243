package org.lifeline.supplies;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/**
 * The orders of a group buy for one building: package totals for loading, and the doors in room order with
 * what each gets, the remark and the notes to honour, and whether it was delivered.
 */
public record BuildingList(String buildingCode, String buildingName, int households, int delivered,
		List<Total> totals, List<Door> doors) {

	/** How many of a package go to the building. */
	public record Total(long packageId, String name, long quantity) {
	}

	/**
	 * One household's delivery, with the number to call at the door (a member's phone), and when it was delivered
	 * or nobody was home (to try again).
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "BuildingListDoor")
	public record Door(long householdId, String room, @PersonalData(Kind.PHONE) String phone,
			List<OrderView.Line> items, String remark, Set<DoorNote> notes, boolean paid, Instant deliveredAt,
			Instant notHomeAt) {

		public boolean callFirst() {
			return notes.contains(DoorNote.CALL_FIRST);
		}
	}
}

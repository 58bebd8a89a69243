package org.lifeline.volunteers;

import java.time.Instant;

/**
 * One task in a volunteer's list: its kind and the owning module's reference, where it is (building and room; room
 * null for a task of the whole building), when it is due, whether it is open, done or failed, a short line that
 * says what to do, already in the reader's words (names, goods, points), and for a failed task the reason given.
 */
public record VolunteerTask(String kind, String ref, long buildingId, String buildingCode, String room, Instant due,
		TaskStatus status, String title, String reason) {

	/** A task with no failure reason to show. */
	public VolunteerTask(String kind, String ref, long buildingId, String buildingCode, String room, Instant due,
			TaskStatus status, String title) {
		this(kind, ref, buildingId, buildingCode, room, due, status, title, null);
	}
}

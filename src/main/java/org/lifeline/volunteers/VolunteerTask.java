package org.lifeline.volunteers;

import java.time.Instant;

/**
 * One task in a volunteer's list: its kind and the owning module's reference, where it is (building and room; room
 * null for a task of the whole building), when it is due, whether it is open, done or failed, and a short line that
 * says what to do, already in the reader's words (names, goods, points).
 */
public record VolunteerTask(String kind, String ref, long buildingId, String buildingCode, String room, Instant due,
		TaskStatus status, String title) {
}

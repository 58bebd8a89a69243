package org.lifeline.medical.medicine;

import java.time.Instant;
import java.util.List;

/** A medicine batch with its doors (each with its lines) and its timeline. */
public record BatchView(BatchSummary batch, List<Door> doors, List<BatchStep> timeline) {

	/** One household: where, what was decided at the door, the request it came back as, and its medicines. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "MedicineBatchDoor")
	public record Door(long householdId, String buildingCode, String buildingName, String room, DropOutcome outcome,
			String note, String checkedBy, Instant checkedAt, Long requestId, List<Line> lines) {

		public boolean missingSomething() {
			return lines.stream().anyMatch(l -> l.status() == LineStatus.OUT_OF_STOCK);
		}
	}

	/** One medicine for one resident, as the hospital marked it. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "MedicineBatchLine")
	public record Line(long id, long residentId, String residentName, String medicine, int quantity, String note,
			LineStatus status, String hospitalNote, String preparedBy, Instant preparedAt) {
	}
}

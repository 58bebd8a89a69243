package org.lifeline.medical.medicine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;

/**
 * One compound's medicine run for one day: the hospital marks each line ready or out of stock and sends the
 * batch when every line is marked, the committee confirms receipt, volunteers check off each household. Every
 * step is guarded (an impossible one is a 409 naming where the batch stands and where it was asked to go) and
 * leaves a timeline entry with who and when; the version makes two people acting at once unable to both win.
 */
final class MedicineBatch {

	static final int MAX_NOTE = 500;

	private final long id;

	private final int version;

	private BatchStatus status;

	private final Map<Long, BatchLine> lines = new LinkedHashMap<>();

	private final Map<Long, BatchDoor> drops = new LinkedHashMap<>();

	private final Set<Long> changedLines = new LinkedHashSet<>();

	private final Set<Long> changedDrops = new LinkedHashSet<>();

	private final List<BatchStep> steps = new ArrayList<>();

	private Instant readyAt;

	private String readyBy;

	private Instant receivedAt;

	private String receivedBy;

	private Instant deliveredAt;

	MedicineBatch(long id, int version, BatchStatus status, List<BatchLine> lines, List<BatchDoor> drops) {
		this.id = id;
		this.version = version;
		this.status = status;
		lines.forEach(l -> this.lines.put(l.id, l));
		drops.forEach(d -> this.drops.put(d.householdId, d));
	}

	/** The hospital marks one line ready or out of stock (a note says why); the first mark starts preparing. */
	void prepare(long lineId, LineStatus outcome, String note, String by, Instant at) {
		if (outcome == null || outcome == LineStatus.PENDING) {
			throw new InvalidInputException("outcome", "outcome must be READY or OUT_OF_STOCK", "problem.medical.lineOutcome");
		}
		String cleanNote = note(note);
		if (outcome == LineStatus.OUT_OF_STOCK && cleanNote == null) {
			throw new InvalidInputException("note", "say what is out of stock and what the resident can do",
					"problem.medical.outOfStockNote");
		}
		if (status != BatchStatus.REQUESTED && status != BatchStatus.PREPARING) {
			throw new ConflictException("batch " + id + " is " + status + ": its lines can no longer change",
					"problem.medical.linesFixed", String.valueOf(id), status);
		}
		BatchLine line = lines.get(lineId);
		if (line == null) {
			throw new NotFoundException("medicine line", lineId);
		}
		if (status == BatchStatus.REQUESTED) {
			move(BatchStatus.PREPARING, by, at, null);
		}
		line.status = outcome;
		line.hospitalNote = cleanNote;
		line.preparedBy = by;
		line.preparedAt = at;
		changedLines.add(lineId);
	}

	/** The hospital sends the batch to the committee; every line must be marked first. */
	void markReady(String by, Instant at) {
		long pending = lines.values().stream().filter(l -> l.status == LineStatus.PENDING).count();
		if (status == BatchStatus.PREPARING && pending > 0) {
			throw new ConflictException("batch " + id + " cannot go from PREPARING to READY: " + pending
					+ " line(s) are still pending", "problem.medical.linesPending", String.valueOf(id), String.valueOf(pending));
		}
		require(BatchStatus.READY, EnumSet.of(BatchStatus.PREPARING));
		long missing = lines.values().stream().filter(l -> l.status == LineStatus.OUT_OF_STOCK).count();
		readyAt = at;
		readyBy = by;
		move(BatchStatus.READY, by, at, missing == 0 ? null : missing + " out of stock");
	}

	/** The committee has the batch in hand. */
	void receive(String by, Instant at) {
		require(BatchStatus.RECEIVED, EnumSet.of(BatchStatus.READY));
		receivedAt = at;
		receivedBy = by;
		move(BatchStatus.RECEIVED, by, at, null);
	}

	/**
	 * A volunteer checks off a household at the door. When the last household is checked off the batch is
	 * delivered.
	 */
	BatchDoor checkOff(long householdId, DropOutcome outcome, String note, String by, Instant at) {
		if (outcome == null || outcome == DropOutcome.PENDING) {
			throw new InvalidInputException("outcome",
					"outcome must be DELIVERED, NOT_HOME, WRONG_MEDICINE, OUT_OF_STOCK or REFUSED",
					"problem.medical.dropOutcome");
		}
		String cleanNote = note(note);
		BatchDoor drop = drops.get(householdId);
		if (drop == null) {
			throw new NotFoundException("household in batch " + id + ":", householdId);
		}
		if (status != BatchStatus.RECEIVED) {
			throw new ConflictException("batch " + id + " is " + status
					+ ": households are checked off only after the committee received it",
					"problem.medical.notReceived", String.valueOf(id), status);
		}
		if (drop.outcome != DropOutcome.PENDING) {
			throw new ConflictException("household " + householdId + " cannot go from " + drop.outcome + " to "
					+ outcome + ": it was already checked off by " + drop.checkedBy, "problem.medical.checkedOff",
					String.valueOf(householdId), drop.outcome, outcome, drop.checkedBy);
		}
		drop.outcome = outcome;
		drop.note = cleanNote;
		drop.checkedBy = by;
		drop.checkedAt = at;
		changedDrops.add(householdId);
		if (drops.values().stream().noneMatch(d -> d.outcome == DropOutcome.PENDING)) {
			deliveredAt = at;
			long exceptions = drops.values().stream().filter(d -> d.outcome.isException()).count();
			move(BatchStatus.DELIVERED, by, at, exceptions == 0 ? null : exceptions + " not delivered");
		}
		return drop;
	}

	/** Whether the household's drop has to come back as a request: not delivered, or a medicine was missing. */
	boolean needsRequest(long householdId) {
		BatchDoor drop = drops.get(householdId);
		return drop != null && (drop.outcome.isException()
				|| linesOf(householdId).stream().anyMatch(l -> l.status == LineStatus.OUT_OF_STOCK));
	}

	void attachRequest(long householdId, long requestId) {
		drops.get(householdId).requestId = requestId;
		changedDrops.add(householdId);
	}

	List<BatchLine> linesOf(long householdId) {
		return lines.values().stream().filter(l -> l.householdId == householdId).toList();
	}

	private void require(BatchStatus to, Set<BatchStatus> from) {
		if (!from.contains(status)) {
			String allowed = from.stream().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse("");
			throw new ConflictException("batch " + id + " cannot go from " + status + " to " + to + " (only from "
					+ allowed + ")", "problem.medical.batchStep", String.valueOf(id), status, to, allowed);
		}
	}

	private void move(BatchStatus to, String by, Instant at, String note) {
		status = to;
		steps.add(new BatchStep(at, by, to.name(), note));
	}

	private static String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.length() > MAX_NOTE) {
			throw MedicalRefusals.longerThan("note", MAX_NOTE);
		}
		return note.trim();
	}

	long id() {
		return id;
	}

	int version() {
		return version;
	}

	BatchStatus status() {
		return status;
	}

	Instant readyAt() {
		return readyAt;
	}

	String readyBy() {
		return readyBy;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	String receivedBy() {
		return receivedBy;
	}

	Instant deliveredAt() {
		return deliveredAt;
	}

	List<BatchLine> changedLines() {
		return changedLines.stream().map(lines::get).toList();
	}

	List<BatchDoor> changedDrops() {
		return changedDrops.stream().map(drops::get).toList();
	}

	List<BatchStep> newSteps() {
		return List.copyOf(steps);
	}
}

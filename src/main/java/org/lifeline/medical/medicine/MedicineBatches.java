package org.lifeline.medical.medicine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.lifeline.requests.Channel;
import org.lifeline.requests.NewRequest;
import org.lifeline.requests.RequestIntake;
import org.lifeline.requests.RequestView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medicine run as people work it: committees and task forces build the day's batches, the hospital desk
 * marks lines and sends the batch, the committee receives it, volunteers check off doors. A door that is not a
 * clean delivery is filed as a MEDICINE request for the household, so it gets its service level and lands in the
 * committee's queue. Each step loads the batch within the caller's access and saves against the version it read.
 */
@Service
class MedicineBatches {

	private final BatchRepository batches;

	private final BatchBuilder builder;

	private final RequestIntake intake;

	private final Clock clock;

	MedicineBatches(BatchRepository batches, BatchBuilder builder, RequestIntake intake, Clock clock) {
		this.batches = batches;
		this.builder = builder;
		this.intake = intake;
		this.clock = clock;
	}

	/** Builds the batches of a day (tomorrow when no day is given) for the compounds of the scope. */
	@Transactional
	BatchBuilder.BuildOutcome build(LocalDate day, TerritoryScope scope, String actor) {
		return builder.build(day == null ? tomorrow() : day, scope, actor, clock.instant());
	}

	LocalDate tomorrow() {
		return LocalDate.now(clock).plusDays(1);
	}

	@Transactional(readOnly = true)
	List<BatchSummary> list(BatchAccess access, LocalDate day, BatchStatus status, int limit) {
		return batches.list(access, day, status, limit);
	}

	@Transactional(readOnly = true)
	BatchView view(long id, BatchAccess access) {
		return batches.view(id, access).orElseThrow(() -> new NotFoundException("medicine batch", id));
	}

	@Transactional
	BatchView prepare(long id, long lineId, LineStatus outcome, String note, BatchAccess access, String actor) {
		return step(id, access, b -> b.prepare(lineId, outcome, note, actor, clock.instant()));
	}

	@Transactional
	BatchView markReady(long id, BatchAccess access, String actor) {
		return step(id, access, b -> b.markReady(actor, clock.instant()));
	}

	@Transactional
	BatchView receive(long id, BatchAccess access, String actor) {
		return step(id, access, b -> b.receive(actor, clock.instant()));
	}

	/** Checks off a household at the door; anything but a full delivery comes back as a MEDICINE request. */
	@Transactional
	BatchView checkOff(long id, long householdId, DropOutcome outcome, String note, BatchAccess access,
			TerritoryScope scope, String actor) {
		return step(id, access, b -> {
			if (!batches.doorVisible(id, householdId, access)) {
				throw new NotFoundException("household in batch " + id + ":", householdId);
			}
			BatchDoor drop = b.checkOff(householdId, outcome, note, actor, clock.instant());
			if (b.needsRequest(householdId)) {
				RequestView filed = intake.file(exception(b, id, drop), Channel.COMMITTEE, scope, actor);
				b.attachRequest(householdId, filed.id());
			}
		});
	}

	private NewRequest exception(MedicineBatch batch, long id, BatchDoor drop) {
		List<BatchLine> lines = batch.linesOf(drop.householdId);
		String missing = lines.stream()
			.filter(l -> drop.outcome.isException() || l.status == LineStatus.OUT_OF_STOCK)
			.map(l -> l.medicine + "×" + l.quantity)
			.collect(Collectors.joining("、"));
		String description = "代配药批次 #" + id + " " + RequestWording.outcome(drop.outcome, lines) + "：" + missing
				+ (drop.note == null ? "" : "。备注：" + drop.note);
		return new NewRequest(lines.get(0).residentId, "MEDICINE", description, false, null);
	}

	private BatchView step(long id, BatchAccess access, Consumer<MedicineBatch> action) {
		MedicineBatch batch = batches.load(id, access).orElseThrow(() -> new NotFoundException("medicine batch", id));
		action.accept(batch);
		Instant now = clock.instant();
		if (!batches.save(batch, now)) {
			throw new ConflictException("medicine batch " + id + " was changed by someone else just now; reload and retry",
					"problem.medical.batchChanged", String.valueOf(id));
		}
		return view(id, access);
	}
}

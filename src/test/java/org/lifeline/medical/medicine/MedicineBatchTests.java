package org.lifeline.medical.medicine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;

/** The rules of a medicine batch: what the hospital, the committee and the volunteers may do, and when. */
class MedicineBatchTests {

	private static final Instant NOW = Instant.parse("2022-04-20T02:00:00Z");

	private static MedicineBatch batch() {
		return new MedicineBatch(7, 0, BatchStatus.REQUESTED,
				List.of(new BatchLine(1, 100, 10, "氨氯地平片", 2, LineStatus.PENDING),
						new BatchLine(2, 100, 10, "阿司匹林肠溶片", 1, LineStatus.PENDING),
						new BatchLine(3, 200, 20, "二甲双胍片", 1, LineStatus.PENDING)),
				List.of(new BatchDoor(10, DropOutcome.PENDING), new BatchDoor(20, DropOutcome.PENDING)));
	}

	private static MedicineBatch received() {
		MedicineBatch batch = batch();
		batch.prepare(1, LineStatus.READY, null, "hospital", NOW);
		batch.prepare(2, LineStatus.OUT_OF_STOCK, "到货后补送", "hospital", NOW);
		batch.prepare(3, LineStatus.READY, null, "hospital", NOW);
		batch.markReady("hospital", NOW);
		batch.receive("committee", NOW);
		return batch;
	}

	@Test
	void theFirstMarkStartsPreparingAndEveryStepIsOnTheTimeline() {
		MedicineBatch batch = received();
		assertThat(batch.status()).isEqualTo(BatchStatus.RECEIVED);
		assertThat(batch.newSteps()).extracting(BatchStep::action).containsExactly("PREPARING", "READY", "RECEIVED");
		assertThat(batch.newSteps()).extracting(BatchStep::actor).containsExactly("hospital", "hospital", "committee");
		assertThat(batch.readyBy()).isEqualTo("hospital");
		assertThat(batch.receivedAt()).isEqualTo(NOW);
	}

	@Test
	void theHospitalSendsTheBatchOnlyWhenEveryLineIsMarked() {
		MedicineBatch batch = batch();
		batch.prepare(1, LineStatus.READY, null, "hospital", NOW);
		assertThatThrownBy(() -> batch.markReady("hospital", NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("from PREPARING to READY")
			.hasMessageContaining("2 line(s) are still pending");
	}

	@Test
	void outOfStockNeedsANoteAndPendingIsNoOutcome() {
		MedicineBatch batch = batch();
		assertThatThrownBy(() -> batch.prepare(1, LineStatus.OUT_OF_STOCK, " ", "hospital", NOW))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("note");
		assertThatThrownBy(() -> batch.prepare(1, LineStatus.PENDING, null, "hospital", NOW))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> batch.prepare(99, LineStatus.READY, null, "hospital", NOW))
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining("99");
		assertThat(batch.status()).isEqualTo(BatchStatus.REQUESTED);
	}

	@Test
	void impossibleStepsNameWhereTheBatchStandsAndWhereItWasAskedToGo() {
		MedicineBatch batch = batch();
		assertThatThrownBy(() -> batch.receive("committee", NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("from REQUESTED to RECEIVED");
		assertThatThrownBy(() -> batch.markReady("hospital", NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("from REQUESTED to READY");
		MedicineBatch sent = received();
		assertThatThrownBy(() -> sent.prepare(1, LineStatus.OUT_OF_STOCK, "没了", "hospital", NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("RECEIVED");
	}

	@Test
	void doorsAreCheckedOffOnlyAfterReceiptAndOnlyOnce() {
		MedicineBatch batch = batch();
		assertThatThrownBy(() -> batch.checkOff(10, DropOutcome.DELIVERED, null, "volunteer", NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("REQUESTED");
		MedicineBatch inHand = received();
		inHand.checkOff(20, DropOutcome.DELIVERED, null, "volunteer", NOW);
		assertThatThrownBy(() -> inHand.checkOff(20, DropOutcome.NOT_HOME, null, "volunteer", NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("from DELIVERED to NOT_HOME");
		assertThatThrownBy(() -> inHand.checkOff(30, DropOutcome.DELIVERED, null, "volunteer", NOW))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aCleanDeliveryNeedsNoRequestButAnOutOfStockLineOrAMissedDoorDoes() {
		MedicineBatch batch = received();
		batch.checkOff(20, DropOutcome.DELIVERED, null, "volunteer", NOW);
		assertThat(batch.needsRequest(20)).isFalse();
		batch.checkOff(10, DropOutcome.DELIVERED, null, "volunteer", NOW);
		assertThat(batch.needsRequest(10)).as("one of household 10's medicines was out of stock").isTrue();

		MedicineBatch other = received();
		other.checkOff(20, DropOutcome.NOT_HOME, "敲门无人应答", "volunteer", NOW);
		assertThat(other.needsRequest(20)).isTrue();
	}

	@Test
	void theLastDoorDeliversTheBatch() {
		MedicineBatch batch = received();
		batch.checkOff(10, DropOutcome.DELIVERED, null, "volunteer", NOW);
		assertThat(batch.status()).isEqualTo(BatchStatus.RECEIVED);
		batch.checkOff(20, DropOutcome.REFUSED, "家属已自行配药", "volunteer", NOW.plusSeconds(60));
		assertThat(batch.status()).isEqualTo(BatchStatus.DELIVERED);
		assertThat(batch.deliveredAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(batch.newSteps()).last().satisfies(step -> {
			assertThat(step.action()).isEqualTo("DELIVERED");
			assertThat(step.note()).isEqualTo("1 not delivered");
		});
	}

	@Test
	void quantitiesAndNamesOfMedicinesAreChecked() {
		assertThat(MedicineNeeds.check(List.of(new MedicineItem(" 氨氯地平片 ", null, " ")))).containsExactly(
				new MedicineItem("氨氯地平片", 1, null));
		assertThatThrownBy(() -> MedicineNeeds.check(List.of(new MedicineItem("氨氯地平片", 0, null))))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("medicines[0].quantity");
		assertThatThrownBy(() -> MedicineNeeds.check(List.of(new MedicineItem("A", 1, null),
				new MedicineItem("A", 2, null))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("twice");
	}
}

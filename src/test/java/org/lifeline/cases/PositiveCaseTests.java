package org.lifeline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;

/** The guarded lifecycle of a case: reported → awaiting transfer → in transfer → admitted → discharged. */
class PositiveCaseTests {

	static final Instant AT = Instant.parse("2022-04-13T02:00:00Z");

	static final LocalDate DAY = LocalDate.of(2022, 4, 13);

	static PositiveCase reported(CaseType type) {
		PositiveCase c = PositiveCase.report(7, new CasePlace(1, 2, 3, 4, 5, 6, "P1", "幸福小区", "D1"), type,
				FoundBy.CONTROL, CaseSource.SCREENING, "T-1", DAY, AT, "screening", LocalDate.of(1950, 1, 1), Set.of());
		c.identify(42);
		return c;
	}

	@Test
	void aNewCaseKeepsBothTheReportAndTheQueueStep() {
		PositiveCase c = reported(CaseType.ASYMPTOMATIC);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_TRANSFER);
		assertThat(c.takeNewSteps()).extracting(CaseStep::action, CaseStep::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REPORTED", CaseStatus.REPORTED),
					org.assertj.core.groups.Tuple.tuple("AWAITING_TRANSFER", CaseStatus.AWAITING_TRANSFER));
	}

	@Test
	void aCaseGoesThroughTransferAndAdmissionToDischargeWithSevenDaysOfMonitoring() {
		PositiveCase c = reported(CaseType.ASYMPTOMATIC);
		c.takeNewSteps();
		c.startTransfer("BUS-7", AT.plusSeconds(3600), "driver");
		c.admit("FC-1", "GENERAL", AT.plusSeconds(7200), "desk");
		c.discharge(AT.plusSeconds(86400 * 10), DAY.plusDays(10), "desk");
		assertThat(c.status()).isEqualTo(CaseStatus.DISCHARGED);
		assertThat(c.progress().busRunRef).isEqualTo("BUS-7");
		assertThat(c.progress().facilityCode).isEqualTo("FC-1");
		assertThat(c.progress().monitoringUntil).isEqualTo(DAY.plusDays(17));
		assertThat(c.takeNewSteps()).extracting(CaseStep::action)
			.containsExactly("TRANSFER_STARTED", "ADMITTED", "DISCHARGED");
	}

	@Test
	void aCaseMayBeAdmittedStraightFromTheQueue() {
		PositiveCase c = reported(CaseType.CONFIRMED);
		c.admit("H-1", null, AT, "desk");
		assertThat(c.status()).isEqualTo(CaseStatus.ADMITTED);
	}

	@Test
	void dischargingSomeoneNotAdmittedIsRefusedNamingTheCaseAndItsStatus() {
		PositiveCase c = reported(CaseType.CONFIRMED);
		assertThatThrownBy(() -> c.discharge(AT, DAY, "desk")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("#42")
			.hasMessageContaining("AWAITING_TRANSFER");
		c.startTransfer("BUS-1", AT, "driver");
		assertThatThrownBy(() -> c.discharge(AT, DAY, "desk")).hasMessageContaining("IN_TRANSFER");
	}

	@Test
	void aTransferStartsOnlyFromTheQueueAndNamesItsBusRun() {
		PositiveCase c = reported(CaseType.CONFIRMED);
		assertThatThrownBy(() -> c.startTransfer(" ", AT, "driver")).isInstanceOf(InvalidInputException.class);
		c.startTransfer("BUS-1", AT, "driver");
		assertThatThrownBy(() -> c.startTransfer("BUS-2", AT, "driver")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("IN_TRANSFER");
		c.admit("FC-1", "GENERAL", AT, "desk");
		assertThatThrownBy(() -> c.admit("FC-2", "GENERAL", AT, "desk")).hasMessageContaining("ADMITTED");
	}

	@Test
	void onlyAnOpenAsymptomaticCaseConverts() {
		PositiveCase c = reported(CaseType.ASYMPTOMATIC);
		c.convert(DAY.plusDays(2), AT, "district");
		assertThat(c.type()).isEqualTo(CaseType.CONFIRMED);
		assertThat(c.reportedType()).isEqualTo(CaseType.ASYMPTOMATIC);
		assertThat(c.progress().convertedOn).isEqualTo(DAY.plusDays(2));
		assertThatThrownBy(() -> c.convert(DAY, AT, "district")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("already CONFIRMED");
		PositiveCase done = reported(CaseType.ASYMPTOMATIC);
		done.admit("FC-1", null, AT, "desk");
		done.discharge(AT, DAY, "desk");
		assertThatThrownBy(() -> done.convert(DAY, AT, "district")).hasMessageContaining("DISCHARGED");
	}

	@Test
	void aWaitingCaseEscalatesOnceAndAnAdmittedOneNever() {
		PositiveCase c = reported(CaseType.ASYMPTOMATIC);
		assertThat(c.escalate(AT)).isTrue();
		assertThat(c.escalate(AT)).isFalse();
		PositiveCase admitted = reported(CaseType.ASYMPTOMATIC);
		admitted.admit("FC-1", null, AT, "desk");
		assertThat(admitted.escalate(AT)).isFalse();
	}
}

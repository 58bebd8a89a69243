package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;

/** The rules of a request's life: which steps are possible when, what each records, and deadlines. */
class ServiceRequestTests {

	static final Instant FILED = Instant.parse("2022-04-12T02:00:00Z");

	static ServiceRequest filedFood() {
		ServiceLevel level = new ServiceLevel(RequestCategory.FOOD, false, 120, 1440, FILED, "test");
		ServiceLevel.Deadlines due = level.deadlinesFrom(FILED);
		return new ServiceRequest(7, 0, RequestCategory.FOOD, RequestStatus.NEW, FILED, due.ackDueAt(),
				due.resolveDueAt(), null, null, null, null, null);
	}

	@Test
	void serviceLevelsSetBothDeadlinesFromTheFilingTime() {
		ServiceLevel critical = new ServiceLevel(RequestCategory.MEDICAL, true, 5, 1440, FILED, "test");
		ServiceLevel.Deadlines due = critical.deadlinesFrom(FILED);
		assertThat(due.ackDueAt()).isEqualTo(FILED.plus(Duration.ofMinutes(5)));
		assertThat(due.resolveDueAt()).isEqualTo(FILED.plus(Duration.ofHours(24)));
	}

	@Test
	void aRequestGoesFromNewToClosedLeavingATimeline() {
		ServiceRequest request = filedFood();
		request.acknowledge("staff", FILED.plusSeconds(60));
		request.assign("volunteer", "staff", FILED.plusSeconds(120));
		request.resolve("volunteer", "delivered rice and vegetables", FILED.plusSeconds(3600));
		request.close("resident", FILED.plusSeconds(7200));
		assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.acknowledgedAt()).isEqualTo(FILED.plusSeconds(60));
		assertThat(request.assignee()).isEqualTo("volunteer");
		assertThat(request.newSteps()).extracting(Step::action)
			.containsExactly("ACKNOWLEDGED", "ASSIGNED", "RESOLVED", "CLOSED");
		assertThat(request.newSteps()).extracting(Step::actor).containsExactly("staff", "staff", "volunteer", "resident");
	}

	@Test
	void impossibleStepsAreConflicts() {
		ServiceRequest request = filedFood();
		assertThatThrownBy(() -> request.resolve("staff", "done", FILED)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.close("resident", FILED)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.reopen("resident", null, FILED)).isInstanceOf(ConflictException.class);
		request.acknowledge("staff", FILED);
		assertThatThrownBy(() -> request.acknowledge("staff", FILED)).isInstanceOf(ConflictException.class);
		assertThat(request.newSteps()).hasSize(1);
	}

	@Test
	void resolvingNeedsToSayWhatWasDone() {
		ServiceRequest request = filedFood();
		request.acknowledge("staff", FILED);
		assertThatThrownBy(() -> request.resolve("staff", " ", FILED)).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("note");
	}

	@Test
	void assigningAnUnseenRequestAcknowledgesIt() {
		ServiceRequest request = filedFood();
		request.assign("staff", "staff", FILED.plusSeconds(30));
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(request.acknowledgedAt()).isEqualTo(FILED.plusSeconds(30));
	}

	@Test
	void reopeningGivesAFreshResolveDeadline() {
		ServiceRequest request = filedFood();
		request.acknowledge("staff", FILED);
		request.resolve("staff", "delivered", FILED.plus(Duration.ofHours(30)));
		request.reopen("resident", "nothing arrived", FILED.plus(Duration.ofHours(31)));
		assertThat(request.status()).isEqualTo(RequestStatus.REOPENED);
		assertThat(request.resolveDueAt()).isEqualTo(FILED.plus(Duration.ofHours(31 + 24)));
		assertThat(request.isOverdue(FILED.plus(Duration.ofHours(40)))).isFalse();
		request.resolve("staff", "delivered again", FILED.plus(Duration.ofHours(41)));
		assertThat(request.status()).isEqualTo(RequestStatus.RESOLVED);
	}

	@Test
	void aResolvedRequestClosesByItselfOnlyAfter72Hours() {
		ServiceRequest request = filedFood();
		request.acknowledge("staff", FILED);
		request.resolve("staff", "delivered", FILED);
		assertThatThrownBy(() -> request.closeUnanswered(FILED.plus(Duration.ofHours(71))))
			.isInstanceOf(ConflictException.class);
		request.closeUnanswered(FILED.plus(Duration.ofHours(72)));
		assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
	}

	@Test
	void overdueMeansAMissedDeadlineThatStillMatters() {
		ServiceRequest request = filedFood();
		assertThat(request.isOverdue(FILED.plus(Duration.ofMinutes(119)))).isFalse();
		assertThat(request.isOverdue(FILED.plus(Duration.ofMinutes(121)))).isTrue();
		request.acknowledge("staff", FILED.plus(Duration.ofMinutes(121)));
		assertThat(request.isOverdue(FILED.plus(Duration.ofHours(23)))).isFalse();
		assertThat(request.isOverdue(FILED.plus(Duration.ofHours(25)))).isTrue();
	}

	@Test
	void photosAreRecognisedByTheirFirstBytes() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0 };
		assertThat(Photo.of(png).contentType()).isEqualTo("image/png");
		assertThat(Photo.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00 }).contentType()).isEqualTo("image/jpeg");
		assertThatThrownBy(() -> Photo.of("GIF89a-not-allowed".getBytes())).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Photo.of(new byte[Photo.MAX_BYTES + 1])).isInstanceOf(InvalidInputException.class);
	}
}

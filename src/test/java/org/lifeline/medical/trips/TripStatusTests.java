package org.lifeline.medical.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripStep;
import org.lifeline.shared.ConflictException;

/** The closed loop's state machine: which steps exist, which close the loop, and what an impossible step says. */
class TripStatusTests {

	static final Instant NOW = Instant.parse("2022-04-15T02:00:00Z");

	@Test
	void theLoopRunsFromRequestToHomeOrAdmission() {
		assertThat(TripStatus.REQUESTED.canBecome(TripStatus.ASSIGNED)).isTrue();
		assertThat(TripStatus.ASSIGNED.canBecome(TripStatus.EN_ROUTE)).isTrue();
		assertThat(TripStatus.EN_ROUTE.canBecome(TripStatus.PICKED_UP)).isTrue();
		assertThat(TripStatus.PICKED_UP.canBecome(TripStatus.AT_HOSPITAL)).isTrue();
		assertThat(TripStatus.AT_HOSPITAL.canBecome(TripStatus.RETURNING)).isTrue();
		assertThat(TripStatus.AT_HOSPITAL.canBecome(TripStatus.ADMITTED)).isTrue();
		assertThat(TripStatus.RETURNING.canBecome(TripStatus.HOME)).isTrue();
	}

	@Test
	void onlyHomeAndAdmittedCloseTheLoop() {
		for (TripStatus s : TripStatus.values()) {
			assertThat(s.closesLoop()).as(s.name()).isEqualTo(s == TripStatus.HOME || s == TripStatus.ADMITTED);
		}
		assertThat(TripStatus.HOME.next()).isEmpty();
		assertThat(TripStatus.ADMITTED.next()).isEmpty();
	}

	@Test
	void aTripCanBeCancelledOnlyBeforeThePickUp() {
		assertThat(TripStatus.REQUESTED.canBecome(TripStatus.CANCELLED)).isTrue();
		assertThat(TripStatus.EN_ROUTE.canBecome(TripStatus.CANCELLED)).isTrue();
		assertThat(TripStatus.PICKED_UP.canBecome(TripStatus.CANCELLED)).isFalse();
		assertThat(TripStatus.AT_HOSPITAL.canBecome(TripStatus.CANCELLED)).isFalse();
	}

	@Test
	void anImpossibleStepNamesFromAndTo() {
		Trip trip = new Trip(7, TripStatus.ASSIGNED, "H1", null, 1, 1);
		assertThatThrownBy(() -> trip.advance(TripStatus.HOME, "driver", NOW, null))
			.isInstanceOf(ConflictException.class)
			.hasMessage("trip 7 cannot go from ASSIGNED to HOME");
		assertThat(trip.status()).isEqualTo(TripStatus.ASSIGNED);
		assertThat(trip.newSteps()).isEmpty();
	}

	@Test
	void assignedIsReachedOnlyByGivingAVehicle() {
		Trip trip = new Trip(8, TripStatus.REQUESTED, "H1", null, 1, 1);
		assertThatThrownBy(() -> trip.advance(TripStatus.ASSIGNED, "d", NOW, null))
			.isInstanceOf(ConflictException.class).hasMessageContaining("give it a vehicle");
		trip.assigned("V01", "d", NOW);
		assertThat(trip.status()).isEqualTo(TripStatus.ASSIGNED);
		assertThat(trip.newSteps()).singleElement()
			.satisfies(step -> assertThat(step.note()).isEqualTo("vehicle V01"));
	}

	@Test
	void aTripFlaggedForReroutingIsNotPickedUp() {
		Trip trip = new Trip(9, TripStatus.EN_ROUTE, "H1", "中山医院 已关闭，需改派医院", 1, 1);
		assertThatThrownBy(() -> trip.advance(TripStatus.PICKED_UP, "driver", NOW, null))
			.isInstanceOf(ConflictException.class).hasMessageContaining("re-routed");
	}

	@Test
	void everyStepKeepsTimeActorAndBothStatuses() {
		Trip trip = new Trip(10, TripStatus.PICKED_UP, "H1", null, 1, 1);
		trip.advance(TripStatus.AT_HOSPITAL, "desk", NOW, "arrived");
		trip.advance(TripStatus.ADMITTED, "desk", NOW.plusSeconds(600), null);
		assertThat(trip.newSteps()).extracting(TripStep::actor, TripStep::from, TripStep::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("desk", TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL),
					org.assertj.core.groups.Tuple.tuple("desk", TripStatus.AT_HOSPITAL, TripStatus.ADMITTED));
		assertThat(trip.closedAt()).isEqualTo(NOW.plusSeconds(600));
	}
}

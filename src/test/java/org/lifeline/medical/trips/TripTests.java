package org.lifeline.medical.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.medical.TripAdvanced;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripStep;
import org.lifeline.shared.ConflictException;

/** The trip aggregate: its named steps, the re-route guard, and the events each step registers. */
class TripTests {

	static final Instant NOW = Instant.parse("2022-04-15T02:00:00Z");

	private static final long STREET = 7;

	private static final long DISTRICT = 3;

	@Test
	void theNamedStepsWalkTheLoopHomeAndRegisterOneEventEach() {
		Trip trip = trip(TripStatus.ASSIGNED, null);
		trip.setOff("driver", NOW, null);
		trip.pickUp("driver", NOW.plusSeconds(600), null);
		trip.arriveAtHospital("driver", NOW.plusSeconds(1800), null);
		trip.handBack("desk", NOW.plusSeconds(5400), "checked, going home");
		trip.bringHome("driver", NOW.plusSeconds(7200), null);
		assertThat(trip.status()).isEqualTo(TripStatus.HOME);
		assertThat(trip.closedAt()).isEqualTo(NOW.plusSeconds(7200));
		assertThat(trip.registeredEvents()).containsExactly(
				new TripAdvanced(42, TripStatus.ASSIGNED, TripStatus.EN_ROUTE, STREET, DISTRICT),
				new TripAdvanced(42, TripStatus.EN_ROUTE, TripStatus.PICKED_UP, STREET, DISTRICT),
				new TripAdvanced(42, TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL, STREET, DISTRICT),
				new TripAdvanced(42, TripStatus.AT_HOSPITAL, TripStatus.RETURNING, STREET, DISTRICT),
				new TripAdvanced(42, TripStatus.RETURNING, TripStatus.HOME, STREET, DISTRICT));
		assertThat(trip.newSteps()).extracting(TripStep::action)
			.containsExactly("EN_ROUTE", "PICKED_UP", "AT_HOSPITAL", "RETURNING", "HOME");
	}

	@Test
	void admissionClosesTheLoopAtTheHospital() {
		Trip trip = trip(TripStatus.AT_HOSPITAL, null);
		trip.admit("desk", NOW, "ward 3");
		assertThat(trip.status()).isEqualTo(TripStatus.ADMITTED);
		assertThat(trip.closedAt()).isEqualTo(NOW);
		assertThat(trip.status().closesLoop()).isTrue();
	}

	@Test
	void aTripFlaggedForReRoutingCannotPickUpItsPatient() {
		Trip trip = trip(TripStatus.EN_ROUTE, "华山医院 已关闭，需改派医院");
		assertThatThrownBy(() -> trip.pickUp("driver", NOW, null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("re-routed before the pick-up")
			.hasMessageContaining("华山医院");
		assertThat(trip.status()).isEqualTo(TripStatus.EN_ROUTE);
		assertThat(trip.registeredEvents()).isEmpty();
		assertThatThrownBy(() -> trip.advance(TripStatus.PICKED_UP, "driver", NOW, null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("re-routed");
		trip.cancel("dispatcher", NOW, "patient went by ambulance");
		assertThat(trip.status()).isEqualTo(TripStatus.CANCELLED);
	}

	@Test
	void anImpossibleStepIsRefusedNamingFromAndToAndRegistersNothing() {
		Trip trip = trip(TripStatus.REQUESTED, null);
		assertThatThrownBy(() -> trip.bringHome("driver", NOW, null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("cannot go from REQUESTED to HOME");
		assertThatThrownBy(() -> trip.advance(TripStatus.ASSIGNED, "driver", NOW, null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("give it a vehicle");
		Trip pickedUp = trip(TripStatus.PICKED_UP, null);
		assertThatThrownBy(() -> pickedUp.cancel("dispatcher", NOW, null)).isInstanceOf(ConflictException.class);
		assertThat(trip.registeredEvents()).isEmpty();
		assertThat(pickedUp.registeredEvents()).isEmpty();
	}

	@Test
	void givingAVehicleTakesTheAssignedStepWithoutAnnouncingAnAdvance() {
		Trip trip = trip(TripStatus.REQUESTED, null);
		trip.assigned("沪A-001", "dispatcher", NOW);
		assertThat(trip.status()).isEqualTo(TripStatus.ASSIGNED);
		assertThat(trip.registeredEvents()).isEmpty();
		trip.assigned("沪A-002", "dispatcher", NOW);
		assertThat(trip.status()).isEqualTo(TripStatus.ASSIGNED);
		assertThat(trip.newSteps()).extracting(TripStep::note).containsExactly("vehicle 沪A-001", "vehicle 沪A-002");
	}

	@Test
	void publishingHandsEachEventOverOnceInOrder() {
		Trip trip = trip(TripStatus.ASSIGNED, null);
		trip.setOff("driver", NOW, null);
		trip.pickUp("driver", NOW, null);
		List<Object> published = new ArrayList<>();
		trip.publishEvents(published::add);
		trip.publishEvents(published::add);
		assertThat(published).extracting(e -> ((TripAdvanced) e).to())
			.containsExactly(TripStatus.EN_ROUTE, TripStatus.PICKED_UP);
		assertThat(trip.registeredEvents()).isEmpty();
	}

	private static Trip trip(TripStatus status, String rerouteReason) {
		return new Trip(42, status, "H01", rerouteReason, STREET, DISTRICT);
	}
}

package org.lifeline.medical.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.lifeline.medical.VehicleType;

import org.junit.jupiter.api.Test;

/** Travel time from coordinates and which vehicle may carry which patient. */
class TravelAndFitTests {

	@Test
	void aHundredthOfADegreeOfLatitudeIsAboutOnePointOneKilometres() {
		GeoPoint south = new GeoPoint(31.20, 121.40);
		assertThat(south.kilometresTo(new GeoPoint(31.21, 121.40))).isCloseTo(1.112, org.assertj.core.data.Offset.offset(0.001));
		assertThat(south.kilometresTo(south)).isZero();
	}

	@Test
	void travelTimeIsDistanceStretchedByTheDetourAtTheAverageSpeed() {
		// 1.112 km × 1.5 = 1.668 km at 30 km/h = 0.0556 h = 200 s
		TravelTimes travel = new StraightLineTravelTimes(1.5, 30);
		assertThat(travel.between(new GeoPoint(31.20, 121.40), new GeoPoint(31.21, 121.40)))
			.isEqualTo(Duration.ofSeconds(200));
		// the same stretch at twice the speed takes half as long
		assertThat(new StraightLineTravelTimes(1.5, 60).between(new GeoPoint(31.20, 121.40), new GeoPoint(31.21, 121.40)))
			.isEqualTo(Duration.ofSeconds(100));
	}

	@Test
	void aDetourBelowOneOrANonPositiveSpeedIsRefused() {
		assertThatThrownBy(() -> new StraightLineTravelTimes(0.9, 30)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new StraightLineTravelTimes(1.4, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GeoPoint(91, 121)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aWheelchairNeedsAWheelchairVanAndAStretcherAnAmbulance() {
		assertThat(PatientCarriage.of(true, false, false)).isEqualTo(PatientCarriage.WHEELCHAIR);
		assertThat(PatientCarriage.of(true, true, true)).isEqualTo(PatientCarriage.STRETCHER);
		assertThat(PatientCarriage.of(true, false, true)).isEqualTo(PatientCarriage.OXYGEN);
		assertThat(PatientCarriage.OXYGEN.carriedBy(VehicleType.AMBULANCE)).isTrue();
		assertThat(PatientCarriage.OXYGEN.carriedBy(VehicleType.WHEELCHAIR_VAN)).isFalse();
		assertThat(PatientCarriage.WHEELCHAIR.carriedBy(VehicleType.WHEELCHAIR_VAN)).isTrue();
		assertThat(PatientCarriage.WHEELCHAIR.carriedBy(VehicleType.AMBULANCE)).isFalse();
		assertThat(PatientCarriage.WHEELCHAIR.carriedBy(VehicleType.SEDAN)).isFalse();
		assertThat(PatientCarriage.STRETCHER.carriedBy(VehicleType.AMBULANCE)).isTrue();
		assertThat(PatientCarriage.STRETCHER.carriedBy(VehicleType.VAN)).isFalse();
		for (VehicleType type : VehicleType.values()) {
			assertThat(PatientCarriage.SEATED.carriedBy(type)).isTrue();
		}
	}

	@Test
	void patientCompanionAndEscortNeedTheirSeats() {
		Instant now = DispatchFixtures.NOW;
		VehicleToPlan ambulance = new VehicleToPlan(1, VehicleType.AMBULANCE, 3, DispatchFixtures.BASE, now,
				now.plusSeconds(3600));
		TripToPlan three = new TripToPlan(1, DispatchFixtures.BASE, DispatchFixtures.BASE, PatientCarriage.STRETCHER, 3, 1,
				now, null);
		TripToPlan four = new TripToPlan(2, DispatchFixtures.BASE, DispatchFixtures.BASE, PatientCarriage.STRETCHER, 4, 1,
				now, null);
		assertThat(three.fits(ambulance)).isTrue();
		assertThat(four.fits(ambulance)).isFalse();
	}
}

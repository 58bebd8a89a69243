package org.lifeline.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Medical access with the modules it depends on: a hospital the city registers receives a transfer, announced as
 * {@link TripRequested}; closing the hospital is announced as {@link HospitalClosed} with the trip to re-route.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class MedicalModuleTests {

	@Autowired
	Hospitals hospitals;

	@Autowired
	Transfers transfers;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Test
	void aTripToARegisteredHospitalIsRequestedAndFlaggedWhenTheHospitalCloses(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView patient = city.resident(city.compound, "1301", "孙医");
		String hospital = hospitals.register(new NewHospital(null, "曙光医院", city.district.code(), "普安路185号", 31.22,
				121.48, List.of("GENERAL"), null, null), HospitalAccess.city(), "city").code();
		Instant ready = Instant.now().plus(Duration.ofHours(1));
		long[] trip = new long[1];
		scenario.stimulate(() -> transfers.requestTrip(TripOrder.of(patient.id(), hospital, Need.OTHER,
				ready), TerritoryScope.everything(), "street"))
			.andWaitForEventOfType(TripRequested.class)
			.matching(requested -> requested.districtId() == city.district.id())
			.toArriveAndVerify((requested, view) -> {
				assertThat(requested.tripId()).isEqualTo(view.id());
				assertThat(requested.streetId()).isEqualTo(city.street.id());
				trip[0] = view.id();
			});
		scenario.stimulate(() -> hospitals.setOpen(hospital, false, "消杀", HospitalAccess.city(), "city"))
			.andWaitForEventOfType(HospitalClosed.class)
			.matching(closed -> closed.hospitalCode().equals(hospital))
			.toArriveAndVerify(closed -> assertThat(closed.tripsToReroute()).containsExactly(trip[0]));
	}
}

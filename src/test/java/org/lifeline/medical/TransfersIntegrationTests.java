package org.lifeline.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Trips on the embedded PostgreSQL: requested, assigned without double-booking a vehicle, stepped to the end. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@ActiveProfiles("test")
class TransfersIntegrationTests {

	@Autowired
	Transfers transfers;

	@Autowired
	org.lifeline.requests.RequestIntake intake;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Zoning zoning;

	@Autowired
	Fleet fleet;

	@Autowired
	Hospitals hospitals;

	TestCity city;

	MedicalFixture data;

	String hospital;

	long sedan;

	Instant ready;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		data = new MedicalFixture(hospitals, fleet, residents, zoning);
		hospital = data.hospital(city.district, "中山医院", "DIALYSIS", "GENERAL");
		sedan = data.vehicle(city.district, city.street, "SEDAN", 4);
		ready = Instant.now().plus(Duration.ofHours(1));
		data.shift(sedan, null, ready.minus(Duration.ofHours(3)), ready.plus(Duration.ofHours(8)));
	}

	@Test
	void aTripPicksUpAtTheBuildingAndHasBothLegsOpen() {
		TripView trip = request(city.resident(city.compound, "101", "张三"));
		assertThat(trip.status()).isEqualTo(TripStatus.REQUESTED);
		assertThat(trip.pickupLat()).isEqualTo(31.2);
		assertThat(trip.outbound().status()).isEqualTo(LegStatus.OPEN);
		assertThat(trip.inbound().readyAt()).isAfter(ready);
		assertThat(trip.timeline()).extracting(TripStep::action).containsExactly("REQUESTED");
	}

	@Test
	void unknownHospitalIsBadInputAndAClosedOneAConflict() {
		ResidentView r = city.resident(city.compound, "102", "李四");
		assertThatThrownBy(() -> transfers.requestTrip(TripOrder.of(r.id(), "NOPE", Need.OTHER, ready),
				TerritoryScope.everything(), "t"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("NOPE");
		jdbc.sql("update hospital set open = false where code = ?").param(hospital).update();
		assertThatThrownBy(() -> request(r)).isInstanceOf(ConflictException.class).hasMessageContaining("closed");
	}

	@Test
	void aVehicleIsNeverGivenOverlappingTrips() {
		TripView first = request(city.resident(city.compound, "103", "王五"));
		TripView second = request(city.resident(city.compound, "104", "赵六"));
		TripAccess district = TripAccess.of(city.district.scope());
		assertThat(transfers.assign(first.id(), sedan, district, "d1").status()).isEqualTo(TripStatus.ASSIGNED);
		assertThatThrownBy(() -> transfers.assign(second.id(), sedan, district, "d2"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("trip " + first.id());
	}

	@Test
	void twoDispatchersRacingForOneVehicleLeaveExactlyOneWinner() throws Exception {
		TripView first = request(city.resident(city.compound, "105", "孙七"));
		TripView second = request(city.resident(city.compound, "106", "周八"));
		TripAccess district = TripAccess.of(city.district.scope());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (TripView trip : List.of(first, second)) {
			Callable<String> assign = () -> {
				start.await();
				try {
					transfers.assign(trip.id(), sedan, district, "dispatcher");
					return "won";
				}
				catch (ConflictException e) {
					return "409";
				}
			};
			outcomes.add(pool.submit(assign));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> f : outcomes) {
			results.add(f.get());
		}
		pool.shutdown();
		assertThat(results).containsExactlyInAnyOrder("won", "409");
		assertThat(jdbc.sql("select count(*) from trip_leg where vehicle_id = ? and status = 'ASSIGNED'")
			.param(sedan).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theLoopClosesAtHomeWithEveryStepOnRecord() {
		TripView trip = request(city.resident(city.compound, "107", "吴九"));
		TripAccess district = TripAccess.of(city.district.scope());
		transfers.assign(trip.id(), sedan, district, "dispatcher");
		for (TripStatus to : List.of(TripStatus.EN_ROUTE, TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL,
				TripStatus.RETURNING)) {
			transfers.advance(trip.id(), to, district, "driver");
		}
		TripView done = transfers.advance(trip.id(), TripStatus.HOME, district, "driver");
		assertThat(done.status()).isEqualTo(TripStatus.HOME);
		assertThat(done.closedAt()).isNotNull();
		assertThat(done.outbound().status()).isEqualTo(LegStatus.DONE);
		assertThat(done.inbound().status()).isEqualTo(LegStatus.DONE);
		assertThat(done.inbound().vehicleId()).isEqualTo(sedan);
		assertThat(done.timeline()).extracting(TripStep::action).containsExactly("REQUESTED", "ASSIGNED", "EN_ROUTE",
				"PICKED_UP", "AT_HOSPITAL", "RETURNING", "ASSIGNED", "HOME");
		assertThat(done.timeline()).allSatisfy(step -> assertThat(step.at()).isNotNull());
		assertThatThrownBy(() -> transfers.advance(trip.id(), TripStatus.EN_ROUTE, district, "driver"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("from HOME to EN_ROUTE");
	}

	@Test
	void aPatientAdmittedResolvesTheRequestThatOrderedTheTrip() {
		ResidentView r = city.resident(city.compound, "110", "孙二");
		long requestId = intake.file(new org.lifeline.requests.NewRequest(r.id(), "MEDICAL", "就医", false, null),
				org.lifeline.requests.Channel.COMMITTEE, TerritoryScope.everything(), "committee").id();
		TripView trip = transfers.requestTrip(new TripOrder(r.id(), hospital, Need.OTHER, ready,
				new PatientNeeds(false, false, false, false), 2, null, requestId, null), TerritoryScope.everything(),
				"committee");
		TripAccess district = TripAccess.of(city.district.scope());
		transfers.assign(trip.id(), sedan, district, "dispatcher");
		for (TripStatus to : List.of(TripStatus.EN_ROUTE, TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL,
				TripStatus.ADMITTED)) {
			transfers.advance(trip.id(), to, district, "desk");
		}
		assertThat(jdbc.sql("select status from service_request where id = ?").param(requestId)
			.query(String.class).single()).isEqualTo("RESOLVED");
		assertThat(jdbc.sql("select action from request_step where request_id = ? order by id").param(requestId)
			.query(String.class).list()).containsSubsequence("FILED", "TRIP_ORDERED", "TRIP_ADMITTED", "RESOLVED");
	}

	@Test
	void theReturnLegCannotBeClosedWithoutAVehicle() {
		TripView trip = request(city.resident(city.compound, "108", "郑十"));
		TripAccess district = TripAccess.of(city.district.scope());
		transfers.assign(trip.id(), sedan, district, "dispatcher");
		for (TripStatus to : List.of(TripStatus.EN_ROUTE, TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL)) {
			transfers.advance(trip.id(), to, district, "driver");
		}
		jdbc.sql("delete from vehicle_shift where vehicle_id = ?").param(sedan).update();
		assertThat(transfers.advance(trip.id(), TripStatus.RETURNING, district, "desk").inbound().vehicleId()).isNull();
		assertThatThrownBy(() -> transfers.advance(trip.id(), TripStatus.HOME, district, "dispatcher"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("return leg");
		assertThat(jdbc.sql("select status from trip where id = ?").param(trip.id()).query(String.class).single())
			.isEqualTo("RETURNING");
	}

	@Test
	void aDialysisTripGoesOnlyWhereDialysisIsOffered() {
		String clinic = data.hospital(city.district, "发热门诊", "FEVER_CLINIC");
		ResidentView r = city.resident(city.compound, "109", "钱一");
		assertThatThrownBy(() -> transfers.requestTrip(TripOrder.of(r.id(), clinic, Need.DIALYSIS, ready),
				TerritoryScope.everything(), "committee"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("dialysis");
		TripView trip = request(r);
		assertThatThrownBy(() -> transfers.reroute(trip.id(), clinic, TripAccess.of(city.district.scope()), "d"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("dialysis");
	}

	@Test
	void aTripToANamedSiteHasNoHospitalIsNeverReroutedAndAnExamNeedNeverGoesToAHospital() {
		ResidentView r = city.resident(city.compound, "120", "考生周");
		TripSite site = new TripSite("市二中考点", "长宁路1号", 31.23, 121.44);
		TripView trip = transfers.requestSiteTrip(new SiteTripOrder(r.id(), site, ready, ready.plus(Duration.ofHours(4)),
				null, null), TerritoryScope.everything(), "committee");
		assertThat(trip.toSite()).isTrue();
		assertThat(trip.need()).isEqualTo(Need.EXAM);
		assertThat(trip.hospitalName()).isEqualTo("市二中考点");
		assertThat(trip.hospitalLat()).isEqualTo(31.23);
		assertThat(Duration.between(trip.inbound().readyAt(), ready.plus(Duration.ofHours(4))).abs())
			.isLessThan(Duration.ofMillis(1));
		assertThatThrownBy(() -> transfers.reroute(trip.id(), hospital, TripAccess.everything(), "d"))
			.isInstanceOf(ConflictException.class).hasMessageContaining("named site");
		assertThatThrownBy(() -> transfers.requestSiteTrip(new SiteTripOrder(r.id(), new TripSite(" ", "路", 0, 0), ready,
				ready.plus(Duration.ofHours(1)), null, null), TerritoryScope.everything(), "c"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
		assertThatThrownBy(() -> transfers.requestSiteTrip(new SiteTripOrder(r.id(), site, ready, ready, null, null),
				TerritoryScope.everything(), "c"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("returnReadyAt");
		assertThatThrownBy(() -> transfers.requestTrip(TripOrder.of(r.id(), hospital, Need.EXAM, ready),
				TerritoryScope.everything(), "c"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("named site");
		assertThat(Need.medical()).doesNotContain(Need.EXAM);
	}

	private TripView request(ResidentView r) {
		return transfers.requestTrip(TripOrder.of(r.id(), hospital, Need.DIALYSIS, ready), TerritoryScope.everything(),
				"committee");
	}
}

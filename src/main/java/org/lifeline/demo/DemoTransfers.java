package org.lifeline.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.lifeline.medical.Fleet;
import org.lifeline.medical.Need;
import org.lifeline.medical.PatientNeeds;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripOrder;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripView;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.VehicleView;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers for the demo accounts: shifts for the street's vehicles today (the demo driver on the first one) and
 * four trips to the demo hospital in different states, so the driver, the hospital desk and the street task
 * force each find work on their page.
 */
@Component
class DemoTransfers {

	private static final Logger log = LoggerFactory.getLogger(DemoTransfers.class);

	private static final String DEMO = "demo";

	private final Fleet fleet;

	private final Transfers transfers;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoTransfers(Fleet fleet, Transfers transfers, JdbcClient jdbc, Clock clock) {
		this.fleet = fleet;
		this.transfers = transfers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void create() {
		long streetId = jdbc.sql("select territory_id from app_user where username = 'driver'").query(Long.class).single();
		String hospital = jdbc.sql("select hospital_code from app_user where username = 'hospital'").query(String.class).single();
		TripAccess street = TripAccess.of(TerritoryScope.ofNode(org.lifeline.territory.TerritoryKind.STREET, streetId, "street"));
		List<VehicleView> vehicles = fleet.vehicles(street);
		if (vehicles.size() < 2) {
			log.info("Demo transfers skipped: the demo street has fewer than two vehicles");
			return;
		}
		Instant now = clock.instant();
		Instant start = now.minus(Duration.ofHours(2));
		for (int i = 0; i < vehicles.size(); i++) {
			fleet.addShift(vehicles.get(i).id(), i == 0 ? "driver" : null, start, start.plus(Duration.ofHours(12)), street);
		}
		List<Long> patients = jdbc.sql("""
				select r.id from resident r join app_user u on u.username = 'committee' and r.committee_id = u.territory_id
				order by r.id limit 4""").query(Long.class).list();
		if (patients.size() < 4) {
			log.info("Demo transfers skipped: the demo committee has fewer than four residents");
			return;
		}
		jdbc.sql("update resident set dialysis_hospital_code = ? where id = ?").params(hospital, patients.get(0)).update();
		long car = vehicles.get(0).id();
		long van = vehicles.get(1).id();
		TripView next = trip(patients.get(0), hospital, Need.DIALYSIS, now.plus(Duration.ofMinutes(20)), PatientNeeds.NONE);
		transfers.assign(next.id(), car, TripAccess.everything(), DEMO);
		transfers.advance(next.id(), TripStatus.EN_ROUTE, TripAccess.everything(), "driver");
		TripView later = trip(patients.get(1), hospital, Need.CHEMO, now.plus(Duration.ofHours(4)), PatientNeeds.NONE);
		transfers.assign(later.id(), car, TripAccess.everything(), DEMO);
		TripView atHospital = trip(patients.get(2), hospital, Need.OTHER, now.minus(Duration.ofMinutes(90)),
				new PatientNeeds(false, false, true, false));
		transfers.assign(atHospital.id(), van, TripAccess.everything(), DEMO);
		for (TripStatus to : List.of(TripStatus.EN_ROUTE, TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL)) {
			transfers.advance(atHospital.id(), to, TripAccess.everything(), DEMO);
		}
		trip(patients.get(3), hospital, Need.PREGNANCY, now.plus(Duration.ofHours(1)), PatientNeeds.NONE);
		log.info("Demo transfers: shifts for {} vehicles, 4 trips to {}", vehicles.size(), hospital);
	}

	private TripView trip(long residentId, String hospital, Need need, Instant ready, PatientNeeds needs) {
		return transfers.requestTrip(new TripOrder(residentId, hospital, need, ready, needs, 3, null, null, null),
				TerritoryScope.everything(), DEMO);
	}
}

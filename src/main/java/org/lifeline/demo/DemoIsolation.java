package org.lifeline.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseTransfers;
import org.lifeline.isolation.BedKind;
import org.lifeline.isolation.Facilities;
import org.lifeline.isolation.FacilityAccess;
import org.lifeline.isolation.FacilityDesk;
import org.lifeline.isolation.FacilityView;
import org.lifeline.isolation.NewFacility;
import org.lifeline.shared.ConflictException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Isolation facilities of the demo district, opened through the isolation use cases: the district's designated
 * hospital (the demo hospital desk's own) with beds of every kind, a district shelter hospital and an isolation
 * hotel. The demo's cases reported two or more days ago are admitted at the desks (the oldest of them discharged
 * again), so beds are in use; yesterday's and today's cases stay in the queue for the district to allocate.
 */
@Component
class DemoIsolation {

	private static final Logger log = LoggerFactory.getLogger(DemoIsolation.class);

	private static final String DEMO = "demo";

	private final Facilities facilities;

	private final FacilityDesk desk;

	private final CaseTransfers cases;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoIsolation(Facilities facilities, FacilityDesk desk, CaseTransfers cases, Territory territory, JdbcClient jdbc,
			Clock clock) {
		this.facilities = facilities;
		this.desk = desk;
		this.cases = cases;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create() {
		TerritoryNode district = territory.byId(jdbc.sql("select territory_id from app_user where username = 'district'")
			.query(Long.class)
			.single());
		String hospital = jdbc.sql("select hospital_code from app_user where username = 'hospital'").query(String.class).single();
		FacilityAccess city = FacilityAccess.city();
		double lat = district.lat() == null ? 31.23 : district.lat();
		double lon = district.lon() == null ? 121.47 : district.lon();
		FacilityView designated = facilities.open(new NewFacility("ISO-" + hospital, null, "DESIGNATED_HOSPITAL", null,
				hospital, null, null, null, beds(60, 20, 10, 30)), city, DEMO);
		FacilityView shelter = facilities.open(new NewFacility("FC-" + district.code(), district.name() + "方舱医院",
				"DISTRICT_SHELTER", district.code(), null, district.name() + "会展中心", nearby(lat, 0.03), nearby(lon, 0.02),
				beds(400, 30, 20, 0)), city, DEMO);
		FacilityView hotel = facilities.open(new NewFacility("HT-" + district.code(), district.name() + "隔离酒店",
				"ISOLATION_HOTEL", district.code(), null, district.name() + "迎宾路88号", nearby(lat, -0.02), nearby(lon, 0.03),
				beds(120, 0, 0, 0)), city, DEMO);
		int admitted = 0;
		int discharged = 0;
		LocalDate today = LocalDate.now(clock);
		for (CaseInQueue queued : cases.awaitingTransfer(district.scope())) {
			if (queued.reportedOn().isAfter(today.minusDays(2))) {
				continue;
			}
			FacilityView to = destination(queued, designated, shelter, admitted % 3 == 2 ? hotel : shelter);
			try {
				desk.admit(to.code(), queued, bedKind(queued).name(), city, DEMO);
				admitted++;
				if (queued.reportedOn().isBefore(today.minusDays(9))) {
					desk.discharge(to.code(), queued.caseId(), city, DEMO);
					discharged++;
				}
			}
			catch (ConflictException full) {
				log.debug("Demo isolation: {}", full.getMessage());
			}
		}
		log.info("Demo isolation: 3 facilities in {}, {} cases admitted, {} of them discharged", district.code(), admitted,
				discharged);
	}

	/** Designated hospital for the classes it takes, the shelter for children (paediatric beds), else the given general beds. */
	private static FacilityView destination(CaseInQueue c, FacilityView designated, FacilityView shelter, FacilityView general) {
		if (c.needs().contains("ELDERLY_WITH_CONDITIONS") || c.needs().contains("PREGNANT") || c.needs().contains("DIALYSIS")) {
			return designated;
		}
		return c.needs().contains("CHILD") ? shelter : general;
	}

	private static BedKind bedKind(CaseInQueue c) {
		if (c.needs().contains("DIALYSIS") || c.needs().contains("PREGNANT")) {
			return BedKind.GENERAL;
		}
		if (c.needs().contains("ELDERLY_WITH_CONDITIONS")) {
			return BedKind.ELDERLY_WITH_CONDITIONS;
		}
		return c.needs().contains("CHILD") ? BedKind.PAEDIATRIC_WITH_CARER : BedKind.GENERAL;
	}

	private static Map<String, Integer> beds(int general, int oxygen, int paediatric, int elderly) {
		return Map.of("GENERAL", general, "OXYGEN", oxygen, "PAEDIATRIC_WITH_CARER", paediatric,
				"ELDERLY_WITH_CONDITIONS", elderly);
	}

	private static double nearby(double value, double offset) {
		return value + offset;
	}
}

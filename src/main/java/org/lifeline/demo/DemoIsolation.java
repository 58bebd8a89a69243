package org.lifeline.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseTransfers;
import org.lifeline.isolation.Allocated;
import org.lifeline.isolation.Allocations;
import org.lifeline.isolation.BedKind;
import org.lifeline.isolation.BusRuns;
import org.lifeline.isolation.Facilities;
import org.lifeline.isolation.FacilityAccess;
import org.lifeline.isolation.FacilityDesk;
import org.lifeline.isolation.FacilityView;
import org.lifeline.isolation.NewBusRun;
import org.lifeline.isolation.NewFacility;
import org.lifeline.shared.ConflictException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Isolation facilities for the demo's cases, opened through the isolation use cases: the demo district's designated
 * hospital (the demo hospital desk's own) and, in every district with cases, a district shelter hospital and an
 * isolation hotel. The demo cases that have gone to a bed are admitted at those desks at the times the cases say,
 * and the older ones discharged, so beds are in use and every admitted case names a facility that exists. The demo
 * street's waiting cases are then allocated and put on a bus run for the demo driver; the rest of the queue waits
 * for the district to allocate.
 */
@Component
class DemoIsolation {

	private static final Logger log = LoggerFactory.getLogger(DemoIsolation.class);

	private static final String DEMO = "demo";

	private final Facilities facilities;

	private final FacilityDesk desk;

	private final CaseTransfers cases;

	private final Allocations allocations;

	private final BusRuns runs;

	private final Territory territory;

	private final JdbcClient jdbc;

	DemoIsolation(Facilities facilities, FacilityDesk desk, CaseTransfers cases, Allocations allocations, BusRuns runs,
			Territory territory, JdbcClient jdbc) {
		this.facilities = facilities;
		this.desk = desk;
		this.cases = cases;
		this.allocations = allocations;
		this.runs = runs;
		this.territory = territory;
		this.jdbc = jdbc;
	}

	void create(List<DemoCases.Admission> admissions) {
		long demoDistrict = userTerritory("district");
		String hospital = jdbc.sql("select hospital_code from app_user where username = 'hospital'").query(String.class).single();
		FacilityAccess city = FacilityAccess.city();
		FacilityView designated = facilities.open(new NewFacility("ISO-" + hospital, null, "DESIGNATED_HOSPITAL", null,
				hospital, null, null, null, beds(60, 20, 10, 30)), city, DEMO);
		Map<Long, CaseInQueue> queue = cases.awaitingTransfer(TerritoryScope.everything())
			.stream()
			.collect(Collectors.toMap(CaseInQueue::caseId, Function.identity()));
		Map<Long, DistrictBeds> byDistrict = new HashMap<>();
		int admitted = 0;
		int discharged = 0;
		for (DemoCases.Admission admission : admissions) {
			CaseInQueue queued = queue.get(admission.caseId());
			if (queued == null) {
				continue;
			}
			DistrictBeds district = byDistrict.computeIfAbsent(queued.districtId(), this::open);
			FacilityView to = destination(queued, queued.districtId() == demoDistrict ? designated : null, district,
					admitted);
			try {
				cases.startTransfer(queued.caseId(), "BUS-" + queued.reportedOn() + "-" + queued.compoundId(), "street",
						admission.transferAt());
				desk.admit(to.code(), queued, bedKind(queued).name(), city, DEMO, admission.admittedAt());
				admitted++;
				if (admission.dischargedAt() != null) {
					desk.discharge(to.code(), queued.caseId(), city, DEMO, admission.dischargedAt());
					discharged++;
				}
			}
			catch (ConflictException full) {
				log.debug("Demo isolation: {}", full.getMessage());
			}
		}
		byDistrict.computeIfAbsent(demoDistrict, this::open);
		int onBus = busRunForTheDemoStreet(city);
		log.info("Demo isolation: {} facilities in {} districts, {} cases admitted, {} of them discharged, {} on a bus run",
				1 + 2 * byDistrict.size(), byDistrict.size(), admitted, discharged, onBus);
	}

	/** The demo street's queue allocated, and the cases held at one facility put on a bus run for the demo driver. */
	private int busRunForTheDemoStreet(FacilityAccess city) {
		TerritoryNode street = territory.byId(userTerritory("street"));
		Allocated allocated = allocations.allocate(street.scope(), "street");
		Map<String, List<Long>> byFacility = allocated.placements()
			.stream()
			.collect(Collectors.groupingBy(Allocated.Placement::facilityCode,
					Collectors.mapping(Allocated.Placement::caseId, Collectors.toList())));
		return byFacility.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
			.map(most -> {
				List<Long> riders = most.getValue().stream().limit(30).toList();
				runs.plan(new NewBusRun(most.getKey(), 30, "王海燕", null, "沪B·3Z761", "driver", riders), city,
						street.scope(), "street");
				return riders.size();
			})
			.orElse(0);
	}

	private DistrictBeds open(long districtId) {
		TerritoryNode district = territory.byId(districtId);
		FacilityAccess city = FacilityAccess.city();
		double lat = district.lat() == null ? 31.23 : district.lat();
		double lon = district.lon() == null ? 121.47 : district.lon();
		FacilityView shelter = facilities.open(new NewFacility("FC-" + district.code(), district.name() + "方舱医院",
				"DISTRICT_SHELTER", district.code(), null, district.name() + "会展中心", lat + 0.03, lon + 0.02,
				beds(400, 30, 20, 20)), city, DEMO);
		FacilityView hotel = facilities.open(new NewFacility("HT-" + district.code(), district.name() + "隔离酒店",
				"ISOLATION_HOTEL", district.code(), null, district.name() + "迎宾路88号", lat - 0.02, lon + 0.03,
				beds(120, 0, 0, 0)), city, DEMO);
		return new DistrictBeds(shelter, hotel);
	}

	/**
	 * The designated hospital (where the district has one) for the classes it takes, the shelter for children and for
	 * those classes elsewhere, and every third of the rest in the hotel.
	 */
	private static FacilityView destination(CaseInQueue c, FacilityView designated, DistrictBeds district, int count) {
		boolean special = c.needs().contains("ELDERLY_WITH_CONDITIONS") || c.needs().contains("PREGNANT")
				|| c.needs().contains("DIALYSIS");
		if (special) {
			return designated != null ? designated : district.shelter();
		}
		if (c.needs().contains("CHILD")) {
			return district.shelter();
		}
		return count % 3 == 2 ? district.hotel() : district.shelter();
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

	private long userTerritory(String username) {
		return jdbc.sql("select territory_id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private static Map<String, Integer> beds(int general, int oxygen, int paediatric, int elderly) {
		return Map.of("GENERAL", general, "OXYGEN", oxygen, "PAEDIATRIC_WITH_CARER", paediatric,
				"ELDERLY_WITH_CONDITIONS", elderly);
	}

	/** A district's shelter hospital and isolation hotel. */
	private record DistrictBeds(FacilityView shelter, FacilityView hotel) {
	}
}

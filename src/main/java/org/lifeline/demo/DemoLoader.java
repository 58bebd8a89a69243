package org.lifeline.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.shared.ConflictException;
import org.lifeline.zones.DailyZoneTick;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a demo city once the application is serving: {@code lifeline.demo} (env
 * {@code LIFELINE_DEMO}) is small, district, city or off, and the demo accounts come with it. A database that already
 * holds a territory is left alone.
 */
@Component
@ConditionalOnWebApplication
class DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final DemoCity demoCity;

	private final DemoAccounts accounts;

	private final DemoTransfers transfers;

	private final DemoSupplies supplies;

	private final DemoMedicineRuns medicineRuns;

	private final DemoScreening screening;

	private final DemoCases cases;

	private final DemoIsolation isolation;

	private final DemoSanitation sanitation;

	private final DemoCare care;

	private final DemoSamplingDay samplingDay;

	private final DemoDashboard dashboard;

	private final DemoExams exams;

	private final DailyZoneTick zones;

	private final String demo;

	private final Clock clock;

	DemoLoader(DemoCity demoCity, DemoAccounts accounts, DemoTransfers transfers, DemoSupplies supplies,
			DemoMedicineRuns medicineRuns, DemoScreening screening, DemoCases cases, DemoIsolation isolation,
			DemoSanitation sanitation, DemoCare care, DemoSamplingDay samplingDay, DemoExams exams,
			DemoDashboard dashboard, DailyZoneTick zones,
			@Value("${lifeline.demo:small}") String demo, Clock clock) {
		this.demoCity = demoCity;
		this.accounts = accounts;
		this.transfers = transfers;
		this.supplies = supplies;
		this.medicineRuns = medicineRuns;
		this.screening = screening;
		this.cases = cases;
		this.isolation = isolation;
		this.sanitation = sanitation;
		this.care = care;
		this.samplingDay = samplingDay;
		this.exams = exams;
		this.zones = zones;
		this.dashboard = dashboard;
		this.demo = demo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadIntoEmptyDatabase() {
		if (demo == null || demo.isBlank() || demo.trim().equalsIgnoreCase("off")) {
			log.info("Demo city off (lifeline.demo=off)");
			return;
		}
		DemoScale scale = DemoScale.parse(demo);
		if (demoCity.exists()) {
			log.info("Database already holds a city; no demo city loaded");
			return;
		}
		log.info("Empty database: loading the {} demo city (seed {})", demo.trim().toLowerCase(),
				DemoCity.DEFAULT_SEED);
		try {
			// dated today, so certificates, ages and due dates are current wherever the demo runs
			log.info("Loaded {}", demoCity.generate(scale, DemoCity.DEFAULT_SEED, LocalDate.now(clock)).summary());
			accounts.create();
			transfers.create();
			supplies.create();
			medicineRuns.create();
			screening.create();
			// the cases that have gone to a bed are admitted at isolation's desks; the rest wait in the queue
			isolation.create(cases.create(scale));
			care.create();
			// today's round in the volunteer's compound: calls and a bed-bound resident in the volunteer's list
			samplingDay.create();
			exams.create();
			// zones follow from the demo's cases: recompute every unit once they are all in
			log.info("Zones recomputed after the demo city loaded: {}", zones.runNow());
			// after the zones, so disinfection and certificates follow the compounds' zone history
			sanitation.create();
			// last, from everything above: 30 days of command figures for the trends
			dashboard.create();
		}
		catch (ConflictException e) {
			log.info("Another node loaded a city meanwhile; no demo city loaded");
		}
	}
}

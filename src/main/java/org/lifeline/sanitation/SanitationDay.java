package org.lifeline.sanitation;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans each Shanghai day just after midnight on one node of the cluster: key points for buildings added since,
 * the day's disinfection rounds and door pickups by each compound's zone. A volunteer's task list also plans its own
 * buildings' day when asked, so a node that missed midnight loses nothing.
 */
@Component
@ConditionalOnProperty(name = "lifeline.sanitation.daily-plan.enabled", havingValue = "true", matchIfMissing = true)
class SanitationDay {

	private static final Logger log = LoggerFactory.getLogger(SanitationDay.class);

	private final DisinfectionPoints points;

	private final DisinfectionTasks disinfection;

	private final GarbagePickups pickups;

	private final Clock clock;

	SanitationDay(DisinfectionPoints points, DisinfectionTasks disinfection, GarbagePickups pickups, Clock clock) {
		this.points = points;
		this.disinfection = disinfection;
		this.pickups = pickups;
		this.clock = clock;
	}

	@Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sanitation-daily-plan", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	@Transactional
	void plan() {
		LocalDate today = LocalDate.now(clock.withZone(Buildings.SHANGHAI));
		int added = points.generate(TerritoryScope.everything());
		int rounds = disinfection.plan(today, TerritoryScope.everything());
		int pickupRounds = pickups.plan(today, TerritoryScope.everything());
		log.info("Sanitation plan for {}: {} new key points, {} disinfection rounds, {} door pickups", today, added,
				rounds, pickupRounds);
	}
}

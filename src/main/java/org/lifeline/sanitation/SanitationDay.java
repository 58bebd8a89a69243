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

/**
 * Plans each Shanghai day just after midnight on one node of the cluster. A volunteer's task list also plans its
 * own buildings' day when asked, so a node that missed midnight loses nothing.
 */
@Component
@ConditionalOnProperty(name = "lifeline.sanitation.daily-plan.enabled", havingValue = "true", matchIfMissing = true)
class SanitationDay {

	private static final Logger log = LoggerFactory.getLogger(SanitationDay.class);

	private final SanitationPlanner planner;

	private final Clock clock;

	SanitationDay(SanitationPlanner planner, Clock clock) {
		this.planner = planner;
		this.clock = clock;
	}

	@Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sanitation-daily-plan", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void plan() {
		LocalDate today = LocalDate.now(clock.withZone(Buildings.SHANGHAI));
		log.info("Sanitation plan for {}: {}", today, planner.plan(today, TerritoryScope.everything()));
	}
}

package org.lifeline.zones;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the daily zone tick at Shanghai midnight on one node of the cluster (a lock row in the database), and
 * checks every few minutes that today's tick ran, so a node that was down at midnight catches up.
 */
@Component
@ConditionalOnProperty(name = "lifeline.zones.daily-tick.enabled", havingValue = "true", matchIfMissing = true)
class DailyZoneSchedule {

	private static final Logger log = LoggerFactory.getLogger(DailyZoneSchedule.class);

	private final DailyZoneTick tick;

	DailyZoneSchedule(DailyZoneTick tick) {
		this.tick = tick;
	}

	@Scheduled(cron = "0 0 0 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "zones-daily-tick", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void midnight() {
		tick.runIfDue().ifPresent(outcome -> log.info("Zones at Shanghai midnight: {}", outcome));
	}

	@Scheduled(fixedDelayString = "${lifeline.zones.daily-tick.catch-up:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "zones-daily-tick", lockAtMostFor = "PT10M")
	void catchUp() {
		tick.runIfDue().ifPresent(outcome -> log.info("Zones caught up on today's tick: {}", outcome));
	}
}

package org.lifeline.care;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Care's jobs, each on one node of the cluster at a time (a lock row): plan the day's check-in lists early in the
 * morning, and raise the alerts for missed check-ins every few minutes.
 */
@Component
@ConditionalOnProperty(name = "lifeline.care.jobs.enabled", havingValue = "true", matchIfMissing = true)
class CareJobs {

	private static final Logger log = LoggerFactory.getLogger(CareJobs.class);

	private final CarePlanner planner;

	private final MissedCheckIns missed;

	CareJobs(CarePlanner planner, MissedCheckIns missed) {
		this.planner = planner;
		this.missed = missed;
	}

	@Scheduled(cron = "${lifeline.care.plan-job.cron:0 5 0 * * *}", zone = "${lifeline.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "care-plan", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void plan() {
		planner.planToday();
	}

	@Scheduled(fixedDelayString = "${lifeline.care.missed-job.every:PT10M}", initialDelayString = "PT60S")
	@SchedulerLock(name = "care-missed-check-ins", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void alertMissed() {
		int raised = missed.alert();
		if (raised > 0) {
			log.info("Care: {} alerts for missed check-ins", raised);
		}
	}
}

package org.lifeline.requests;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline watch every minute on one node of the cluster at a time (a lock row in the database). */
@Component
@ConditionalOnProperty(name = "lifeline.requests.deadline-watch.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineSchedule {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSchedule.class);

	private final DeadlineWatch watch;

	DeadlineSchedule(DeadlineWatch watch) {
		this.watch = watch;
	}

	@Scheduled(fixedDelayString = "${lifeline.requests.deadline-watch.every:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "request-deadlines", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
	void run() {
		DeadlineWatch.Outcome outcome = watch.check();
		if (outcome.escalatedToStreet() + outcome.escalatedToDistrict() + outcome.closed() > 0) {
			log.info("Request deadlines: {}", outcome);
		}
	}
}

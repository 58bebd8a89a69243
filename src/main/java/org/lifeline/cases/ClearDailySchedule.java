package org.lifeline.cases;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates overdue positives every few minutes, on one node of the cluster at a time (a lock row). */
@Component
@ConditionalOnProperty(name = "lifeline.cases.clear-daily.enabled", havingValue = "true", matchIfMissing = true)
class ClearDailySchedule {

	private static final Logger log = LoggerFactory.getLogger(ClearDailySchedule.class);

	private final CaseEscalations escalations;

	ClearDailySchedule(CaseEscalations escalations) {
		this.escalations = escalations;
	}

	@Scheduled(fixedDelayString = "${lifeline.cases.clear-daily.every:PT5M}", initialDelayString = "PT45S")
	@SchedulerLock(name = "case-escalations", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
	void run() {
		int escalated = escalations.escalateOverdue();
		if (escalated > 0) {
			log.info("Clear daily: {} positives waiting over 24 h escalated to their districts", escalated);
		}
	}
}

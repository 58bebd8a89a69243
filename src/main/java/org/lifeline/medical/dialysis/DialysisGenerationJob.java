package org.lifeline.medical.dialysis;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Generates the city's dialysis sessions for the coming days every afternoon, on one node of the cluster. */
@Component
@ConditionalOnProperty(name = "lifeline.dialysis.generation-job.enabled", havingValue = "true", matchIfMissing = true)
class DialysisGenerationJob {

	private static final Logger log = LoggerFactory.getLogger(DialysisGenerationJob.class);

	private final DialysisSchedules schedules;

	DialysisGenerationJob(DialysisSchedules schedules) {
		this.schedules = schedules;
	}

	@Scheduled(cron = "${lifeline.dialysis.generation-job.cron:0 0 16 * * *}", zone = "${lifeline.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "dialysis-sessions", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		GenerationOutcome outcome = schedules.generate(null, TerritoryScope.everything(), "system");
		if (outcome.added() > 0) {
			log.info("Dialysis sessions {} to {}: {} planned, {} flagged full, {} flagged closed", outcome.from(),
					outcome.to(), outcome.planned(), outcome.full(), outcome.closed());
		}
	}
}

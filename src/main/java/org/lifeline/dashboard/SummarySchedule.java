package org.lifeline.dashboard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ticks the summary refresh on one node of the cluster at a time (a lock row in the database). */
@Component
@ConditionalOnProperty(name = "lifeline.dashboard.refresh.enabled", havingValue = "true", matchIfMissing = true)
class SummarySchedule {

	private final SummaryRefresh refresh;

	SummarySchedule(SummaryRefresh refresh) {
		this.refresh = refresh;
	}

	@Scheduled(fixedDelayString = "${lifeline.dashboard.refresh.tick:PT5S}", initialDelayString = "PT10S")
	@SchedulerLock(name = "dashboard-refresh", lockAtMostFor = "PT5M")
	void tick() {
		refresh.runIfDue();
	}
}

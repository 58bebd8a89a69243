package org.lifeline.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.dashboard.SummaryPasses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo city's 30 days of command figures: residents counted once, each earlier day rebuilt from the dates its
 * cases and requests carry (so the trends show the demo outbreak rising and falling), then today's figures.
 */
@Component
class DemoDashboard {

	private static final Logger log = LoggerFactory.getLogger(DemoDashboard.class);

	static final int DAYS = 30;

	private final SummaryPasses passes;

	private final Clock clock;

	DemoDashboard(SummaryPasses passes, Clock clock) {
		this.passes = passes;
		this.clock = clock;
	}

	void create() {
		passes.countResidents();
		LocalDate today = LocalDate.now(clock);
		for (int back = DAYS - 1; back >= 1; back--) {
			passes.rebuildDay(today.minusDays(back));
		}
		log.info("Demo dashboard: {} days of figures, today's as of {}", DAYS, passes.refreshToday());
	}
}

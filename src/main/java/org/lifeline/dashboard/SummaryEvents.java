package org.lifeline.dashboard;

import org.lifeline.cases.CaseEscalated;
import org.lifeline.cases.CaseReported;
import org.lifeline.zones.ZoneChanged;
import org.lifeline.zones.ZoneChanges;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Cases and zone changes mark the command figures changed, so the next tick writes them without waiting. Requests
 * are left to the interval: their intake is a hot path that should carry no extra listener.
 */
@Component
class SummaryEvents {

	private final SummaryPasses passes;

	SummaryEvents(SummaryPasses passes) {
		this.passes = passes;
	}

	@ApplicationModuleListener
	void on(CaseReported event) {
		passes.markChanged();
	}

	@ApplicationModuleListener
	void on(CaseEscalated event) {
		passes.markChanged();
	}

	@ApplicationModuleListener
	void on(ZoneChanged event) {
		passes.markChanged();
	}

	@ApplicationModuleListener
	void on(ZoneChanges event) {
		passes.markChanged();
	}
}

package org.lifeline.cases;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.screening.ResidentTestedPositive;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a positive single-tube recheck into a case: asymptomatic until a clinician says otherwise, found under
 * control (the person was isolated at home awaiting the recheck), dated the day the lab reported it. The same
 * tube reported twice, or a person who already has an open case, makes no second case.
 */
@Component
class PositiveRechecks {

	private static final Logger log = LoggerFactory.getLogger(PositiveRechecks.class);

	private final CaseReports reports;

	private final CaseRepository cases;

	private final Clock clock;

	PositiveRechecks(CaseReports reports, CaseRepository cases, Clock clock) {
		this.reports = reports;
		this.cases = cases;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ResidentTestedPositive positive) {
		cases.lockPerson(positive.residentId());
		if (cases.sourceReported(CaseSource.SCREENING, positive.tubeCode())) {
			return;
		}
		if (cases.openCaseOf(positive.residentId()).isPresent()) {
			log.info("Resident {} tested positive again ({}): the open case stands", positive.residentId(),
					positive.tubeCode());
			return;
		}
		LocalDate reportedOn = LocalDate.ofInstant(positive.reportedAt(), clock.getZone());
		LocalDate today = LocalDate.now(clock);
		reports.report(new NewCase(positive.residentId(), CaseType.ASYMPTOMATIC,
				reportedOn.isAfter(today) ? today : reportedOn, FoundBy.CONTROL, CaseSource.SCREENING,
				positive.tubeCode()), TerritoryScope.everything(), "screening");
	}
}

package org.lifeline.zones;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.cases.CaseReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new case counts as a positive of its building and compound on its report date and recomputes that compound's
 * units at once: a new positive seals the unit and restarts its clock. Also the use case for feeding cases
 * to zones directly (replaying a case list). Two statements: the positive with both units' day 0 (territory facts
 * read in the same statement), then the compound's recomputation.
 */
@Component
public class CasePositives {

	private static final Logger log = LoggerFactory.getLogger(CasePositives.class);

	private final ZoneUnits units;

	private final ZoneRecomputation recomputation;

	private final Clock clock;

	CasePositives(ZoneUnits units, ZoneRecomputation recomputation, Clock clock) {
		this.units = units;
		this.recomputation = recomputation;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseReported reported) {
		record(reported);
	}

	/** Counts the case and applies the change of its compound's units, in one transaction. */
	@Transactional
	public ZoneRecomputation.Outcome record(CaseReported reported) {
		LocalDate day = reported.reportedOn() == null ? LocalDate.now(clock.withZone(Zoning.SHANGHAI))
				: reported.reportedOn();
		long compound = units.positive(reported.buildingId(), day, clock.instant());
		ZoneRecomputation.Outcome outcome = recomputation.recomputeCompound(compound, ZoneRecomputation.Cause.POSITIVE);
		log.debug("Case {} of compound {} on {}: {}", reported.caseId(), compound, day, outcome);
		return outcome;
	}
}

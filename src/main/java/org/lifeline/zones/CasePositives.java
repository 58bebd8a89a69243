package org.lifeline.zones;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.cases.CaseReported;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new case counts as a positive of its building and compound on its report date and recomputes that compound's
 * units at once: a new positive seals the unit and restarts its clock. Also the use case for feeding cases
 * to zones directly (replaying a case list).
 */
@Component
public class CasePositives {

	private static final Logger log = LoggerFactory.getLogger(CasePositives.class);

	private final Territory territory;

	private final ZoneUnits units;

	private final ZoneRecomputation recomputation;

	private final Clock clock;

	CasePositives(Territory territory, ZoneUnits units, ZoneRecomputation recomputation, Clock clock) {
		this.territory = territory;
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
		TerritoryNode compound = territory.byId(reported.compoundId());
		TerritoryNode building = territory.byId(reported.buildingId());
		LocalDate day = reported.reportedOn() == null ? LocalDate.now(clock.withZone(Zoning.SHANGHAI))
				: reported.reportedOn();
		units.positive(compound, building, day, clock.instant());
		ZoneRecomputation.Outcome outcome = recomputation.recomputeCompound(compound.id(),
				ZoneRecomputation.Cause.POSITIVE);
		log.debug("Case {} of {} on {}: {}", reported.caseId(), compound.code(), day, outcome);
		return outcome;
	}
}

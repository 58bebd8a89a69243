package org.lifeline.zones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.lifeline.cases.CaseReported;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.FoundBy;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;

/** Cases as zones hears of them: a CaseReported of a building of a compound on a report date. */
final class ZoneTestData {

	private static final AtomicLong CASES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private ZoneTestData() {
	}

	static CaseReported caseIn(Territory territory, TerritoryNode compound, String building, LocalDate reportedOn) {
		TerritoryNode node = territory.buildingOf(compound, building);
		long id = CASES.incrementAndGet();
		return new CaseReported(id, id, id, node.id(), compound.id(), compound.districtId(), CaseType.ASYMPTOMATIC,
				FoundBy.SCREENING, reportedOn, Instant.now());
	}
}

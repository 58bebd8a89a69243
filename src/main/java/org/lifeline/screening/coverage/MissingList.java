package org.lifeline.screening.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.RoundCoverage;
import org.lifeline.screening.RoundCoverage.MissingResident;
import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * The missing residents of a round with what a volunteer needs to call them down: name, building, room and phone
 * (masked on pages unless the role needs it, as everywhere), read from residents' API in batches.
 */
@Component
class MissingList {

	private static final int BATCH = 500;

	private final RoundCoverage coverage;

	private final ResidentRegistry residents;

	MissingList(RoundCoverage coverage, ResidentRegistry residents) {
		this.coverage = coverage;
		this.residents = residents;
	}

	List<Callee> callees(long roundId, TerritoryScope scope) {
		List<MissingResident> missing = coverage.missingAll(roundId, scope);
		List<Callee> callees = new ArrayList<>(missing.size());
		for (int from = 0; from < missing.size(); from += BATCH) {
			List<MissingResident> part = missing.subList(from, Math.min(missing.size(), from + BATCH));
			Map<Long, ResidentView> found = residents
				.byIds(part.stream().map(m -> new ResidentLookup(m.residentId(), scope)).toList())
				.stream()
				.flatMap(Optional::stream)
				.collect(Collectors.toMap(ResidentView::id, Function.identity()));
			for (MissingResident m : part) {
				ResidentView r = found.get(m.residentId());
				callees.add(new Callee(m.residentId(), m.householdId(), m.building(), m.room(), m.name(),
						r == null ? null : r.phone()));
			}
		}
		return callees;
	}

	/** One missing resident to call down for sampling. */
	record Callee(long residentId, long householdId, String building, String room, String name,
			@PersonalData(Kind.PHONE) String phone) {
	}
}

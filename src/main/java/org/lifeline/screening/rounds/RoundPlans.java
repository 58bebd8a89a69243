package org.lifeline.screening.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's plan as the street or district reads it: per compound and sampling point the residents in scope now,
 * the tubes they fill at the compound's pool size, and the swabbers needed to swab them within the round's hours
 * at {@value #SWABS_PER_SWABBER_HOUR} residents per swabber and hour.
 */
@Component
class RoundPlans {

	/** One swabber takes about one resident a minute, breaks and changes of gloves included. */
	static final int SWABS_PER_SWABBER_HOUR = 60;

	private final RoundRepository rounds;

	private final CallSchedule calls;

	private final SamplingPoints points;

	private final ResidentRegistry residents;

	private final Territory territory;

	RoundPlans(RoundRepository rounds, CallSchedule calls, SamplingPoints points, ResidentRegistry residents,
			Territory territory) {
		this.rounds = rounds;
		this.calls = calls;
		this.points = points;
		this.residents = residents;
		this.territory = territory;
	}

	@Transactional(readOnly = true)
	Plan plan(long roundId, TerritoryScope scope) {
		List<RoundRepository.Unit> units = rounds.units(roundId, scope);
		if (units.isEmpty()) {
			throw new NotFoundException("round", roundId);
		}
		RoundRepository.RoundHeader header = rounds.header(roundId);
		Map<Long, List<CallSchedule.Call>> callsByPoint = calls.of(roundId)
			.stream()
			.collect(Collectors.groupingBy(CallSchedule.Call::pointId));
		List<CompoundPlan> compounds = new ArrayList<>();
		for (RoundRepository.Unit unit : units) {
			TerritoryNode compound = territory.byId(unit.compoundId());
			Map<Long, Long> perBuilding = residents.residentsPer(TerritoryScope.Level.BUILDING, compound.scope());
			List<PointPlan> pointPlans = new ArrayList<>();
			for (SamplingPoints.Point point : points.of(List.of(unit.compoundId()))) {
				List<CallSchedule.Call> own = callsByPoint.getOrDefault(point.id(), List.of());
				long people = own.stream().mapToLong(c -> perBuilding.getOrDefault(c.building().id(), 0L)).sum();
				pointPlans.add(new PointPlan(point, own.size(), people, PoolSizes.tubes(people, unit.poolSize()),
						swabbers(people, header.hours()),
						own.stream().map(CallSchedule.Call::slotStart).min(Instant::compareTo).orElse(null),
						own.stream().map(CallSchedule.Call::slotEnd).max(Instant::compareTo).orElse(null)));
			}
			compounds.add(new CompoundPlan(compound, unit, swabbers(unit.residents(), header.hours()), pointPlans));
		}
		return new Plan(header, territory.byId(header.territoryId()), compounds);
	}

	static long swabbers(long people, int hours) {
		return people == 0 ? 0 : (people + (long) SWABS_PER_SWABBER_HOUR * hours - 1) / ((long) SWABS_PER_SWABBER_HOUR * hours);
	}

	/** The whole plan. */
	record Plan(RoundRepository.RoundHeader round, TerritoryNode territory, List<CompoundPlan> compounds) {

		public long residents() {
			return compounds.stream().mapToLong(c -> c.unit().residents()).sum();
		}

		public long tubes() {
			return compounds.stream().mapToLong(c -> c.unit().tubesPlanned()).sum();
		}
	}

	/** One compound: its unit of the round, the swabbers it needs, its points. */
	record CompoundPlan(TerritoryNode compound, RoundRepository.Unit unit, long swabbersNeeded, List<PointPlan> points) {
	}

	/** One sampling point: buildings called to it, residents, tubes, swabbers needed, and its first and last slot. */
	record PointPlan(SamplingPoints.Point point, int buildings, long residents, long tubes, long swabbersNeeded,
			Instant from, Instant until) {
	}
}

package org.lifeline.screening.rounds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.screening.CompoundZones;
import org.lifeline.screening.NewRound;
import org.lifeline.screening.PlannedRound;
import org.lifeline.screening.RoundPlanning;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a round for a street, a district or the city: per compound the zone (from the zones module), the method
 * the active rule set gives that zone, residents in scope, and the Dorfman pool size for its recent positivity
 * under the rule set's cap (unless the planner gives one); then the sampling points, the call schedule and the
 * home-sampling list. All in one transaction: a refused plan leaves nothing behind.
 */
@Service
class RoundPlanner implements RoundPlanning {

	/** Sampling starts at 07:00 on the round's day, in call slots of 15 minutes, over 4 hours. */
	static final LocalTime SAMPLING_STARTS = LocalTime.of(7, 0);

	static final int SAMPLING_HOURS = 4;

	static final int SLOT_MINUTES = 15;

	/** How far back and ahead a round may be dated. */
	static final int DAYS_BACK = 7;

	static final int DAYS_AHEAD = 30;

	private static final int MAX_COMPOUNDS = 100_000;

	private final RoundRepository rounds;

	private final RuleBook rules;

	private final Territory territory;

	private final ResidentRegistry residents;

	private final CompoundZones zoning;

	private final SamplingPoints points;

	private final CallSchedule calls;

	private final HomeSamplingList homeSampling;

	private final Clock clock;

	RoundPlanner(RoundRepository rounds, RuleBook rules, Territory territory, ResidentRegistry residents, CompoundZones zoning,
			SamplingPoints points, CallSchedule calls, HomeSamplingList homeSampling, Clock clock) {
		this.rounds = rounds;
		this.rules = rules;
		this.territory = territory;
		this.residents = residents;
		this.zoning = zoning;
		this.points = points;
		this.calls = calls;
		this.homeSampling = homeSampling;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PlannedRound plan(NewRound round, String actor, TerritoryScope scope) {
		TerritoryNode node = planner(round, scope);
		LocalDate date = date(round.date());
		if (round.poolSize() != null && !PoolSizes.allowed(round.poolSize())) {
			throw new InvalidInputException("poolSize", "poolSize must be one of 1, 5, 10, 20, not " + round.poolSize(),
					"problem.screening.poolSize", round.poolSize());
		}
		List<TerritoryNode> compounds = compounds(node, round.compoundCodes());
		rounds.lockDate(date);
		refuseTwice(compounds, date);
		Map<Long, Long> people = residentsPerCompound(node, compounds);
		List<RoundRepository.Unit> units = units(compounds, people, date, round.poolSize());
		RuleBook.Rules active = rules.active();
		Instant startsAt = date.atTime(SAMPLING_STARTS).atZone(clock.getZone()).toInstant();
		long id = rounds.insertRound(node.id(), node.districtId() == null ? 0 : node.districtId(), date, active.name(),
				actor, clock.instant(), startsAt, SAMPLING_HOURS, SLOT_MINUTES);
		rounds.insertUnits(id, units);
		points.ensureFor(compounds, people);
		calls.schedule(id, startsAt, SLOT_MINUTES, compounds);
		homeSampling.makeFor(id, date, compounds.stream().map(TerritoryNode::id).collect(Collectors.toSet()), node.scope());
		Map<Long, String> codes = compounds.stream().collect(Collectors.toMap(TerritoryNode::id, TerritoryNode::code));
		return new PlannedRound(id, date, units.stream()
			.map(u -> new PlannedRound.Unit(codes.get(u.compoundId()), u.zone(), u.method(), u.poolSize(), u.residents(),
					u.tubesPlanned()))
			.toList());
	}

	private TerritoryNode planner(NewRound round, TerritoryScope scope) {
		if (round.territoryCode() == null || round.territoryCode().isBlank()) {
			throw new InvalidInputException("territoryCode", "territoryCode is required: the street or district planning",
					"problem.screening.planner");
		}
		TerritoryNode node = territory.findByCode(round.territoryCode().trim())
			.filter(scope::contains)
			.orElseThrow(() -> new InvalidInputException("territoryCode", "territory " + round.territoryCode() + " not found",
					"problem.screening.territoryNotFound", round.territoryCode()));
		if (!Set.of(TerritoryKind.CITY, TerritoryKind.DISTRICT, TerritoryKind.STREET).contains(node.kind())) {
			throw new InvalidInputException("territoryCode",
					"rounds are planned by a street, a district or the city, not by a " + node.kind(), "problem.screening.plannerKind", node.kind(),
					node.kind().words());
		}
		return node;
	}

	private LocalDate date(LocalDate date) {
		if (date == null) {
			throw InvalidInputException.required("date");
		}
		LocalDate today = LocalDate.now(clock);
		if (date.isBefore(today.minusDays(DAYS_BACK)) || date.isAfter(today.plusDays(DAYS_AHEAD))) {
			throw new InvalidInputException("date", "date must lie between " + today.minusDays(DAYS_BACK) + " and "
					+ today.plusDays(DAYS_AHEAD) + ", not " + date, "problem.screening.roundDate", today.minusDays(DAYS_BACK),
					today.plusDays(DAYS_AHEAD), date);
		}
		return date;
	}

	private List<TerritoryNode> compounds(TerritoryNode node, List<String> codes) {
		if (codes == null) {
			List<TerritoryNode> all = territory.findCompounds("", node.scope(), MAX_COMPOUNDS);
			if (all.isEmpty()) {
				throw new InvalidInputException("territoryCode", node.code() + " holds no compounds",
						"problem.screening.noCompounds", node.code());
			}
			return all;
		}
		if (codes.isEmpty()) {
			throw new InvalidInputException("compoundCodes", "compoundCodes, when given, names at least one compound",
					"problem.screening.compoundCodes");
		}
		Map<String, TerritoryNode> chosen = new LinkedHashMap<>();
		for (String code : codes) {
			String c = code == null ? "" : code.trim();
			TerritoryNode compound = territory.findByCode(c)
				.filter(n -> n.kind() == TerritoryKind.COMPOUND && n.isWithin(node))
				.orElseThrow(() -> new InvalidInputException("compoundCodes",
						"compound " + code + " is not a compound of " + node.code(), "problem.screening.notACompound", code, node.code()));
			chosen.put(compound.code(), compound);
		}
		return new ArrayList<>(chosen.values());
	}

	private void refuseTwice(List<TerritoryNode> compounds, LocalDate date) {
		Map<Long, Long> taken = rounds.alreadyPlanned(compounds.stream().map(TerritoryNode::id).toList(), date);
		if (!taken.isEmpty()) {
			String named = compounds.stream()
				.filter(c -> taken.containsKey(c.id()))
				.map(c -> c.code() + " (round " + taken.get(c.id()) + ")")
				.collect(Collectors.joining(", "));
			throw new ConflictException("already in a round on " + date + ": " + named, "problem.screening.alreadyInRound", date,
					named);
		}
	}

	private Map<Long, Long> residentsPerCompound(TerritoryNode node, List<TerritoryNode> compounds) {
		Map<Long, Long> perCompound = new HashMap<>(residents.residentsPer(TerritoryScope.Level.COMPOUND, node.scope()));
		Set<Long> wanted = compounds.stream().map(TerritoryNode::id).collect(Collectors.toSet());
		perCompound.keySet().retainAll(wanted);
		return perCompound;
	}

	private List<RoundRepository.Unit> units(List<TerritoryNode> compounds, Map<Long, Long> people, LocalDate date,
			Integer poolSize) {
		RuleBook.Rules active = rules.active();
		Map<String, String> zones = zoning.zonesOf(compounds);
		Map<Long, Double> positivity = rounds.positivity(compounds.stream().map(TerritoryNode::id).toList(), date);
		List<RoundRepository.Unit> units = new ArrayList<>();
		for (TerritoryNode c : compounds) {
			String zone = zones.getOrDefault(c.code(), "PRECAUTION");
			double p = positivity.getOrDefault(c.id(), 0.0);
			int pool = poolSize != null ? poolSize : PoolSizes.best(p, active.capFor(p));
			long count = people.getOrDefault(c.id(), 0L);
			units.add(new RoundRepository.Unit(c.id(), c.committeeId(), c.streetId(), c.districtId(), zone,
					active.methodFor(zone), pool, count, PoolSizes.tubes(count, pool)));
		}
		return units;
	}
}

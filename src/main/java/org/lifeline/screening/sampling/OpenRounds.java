package org.lifeline.screening.sampling;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.territory.Placement;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a scan needs to know about its round, held in memory: a round's units do not change once planned, so each
 * node reads a round once and checks every later scan of it without a query.
 */
@Component
class OpenRounds {

	private static final int KEPT = 5_000;

	private final JdbcClient jdbc;

	private final Map<Long, RoundFacts> known = new ConcurrentHashMap<>();

	OpenRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The round, if it exists and has a compound within the scope. */
	Optional<RoundFacts> find(long roundId, TerritoryScope scope) {
		RoundFacts facts = known.get(roundId);
		if (facts == null) {
			facts = load(roundId);
			if (facts == null) {
				return Optional.empty();
			}
			if (known.size() > KEPT) {
				known.clear();
			}
			known.put(roundId, facts);
		}
		return Optional.of(facts).filter(f -> f.units().stream().anyMatch(scope::contains));
	}

	private RoundFacts load(long roundId) {
		Optional<Object[]> round = jdbc.sql("select district_id, round_date from screening_round where id = ?")
			.param(roundId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, LocalDate.class) })
			.optional();
		if (round.isEmpty()) {
			return null;
		}
		Map<Long, Integer> pools = new HashMap<>();
		List<Placement> units = jdbc.sql("select compound_id, committee_id, street_id, district_id, pool_size "
				+ "from screening_round_unit where round_id = ?")
			.param(roundId)
			.query((rs, n) -> {
				pools.put(rs.getLong(1), rs.getInt(5));
				return new Placement(rs.getLong(4), rs.getLong(3), rs.getLong(2), rs.getLong(1), null, null);
			})
			.list();
		return new RoundFacts(roundId, (Long) round.get()[0], (LocalDate) round.get()[1], pools, units);
	}

	/** A round's id, district, date, pool size per compound, and its compounds' places for scope checks. */
	record RoundFacts(long id, long districtId, LocalDate date, Map<Long, Integer> pools, List<Placement> units) {

		/** The pool size of the compound's unit; a resident from outside the round gets its largest pool. */
		int poolFor(long compoundId) {
			Integer pool = pools.get(compoundId);
			return pool != null ? pool : pools.values().stream().mapToInt(Integer::intValue).max().orElse(10);
		}

		int largestPool() {
			return pools.values().stream().mapToInt(Integer::intValue).max().orElse(10);
		}
	}
}

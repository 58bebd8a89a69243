package org.lifeline.screening.rounds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the active screening rule set: the method per zone and the pool-size caps by positivity. */
@Component
class RuleBook {

	private final JdbcClient jdbc;

	RuleBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Rules active() {
		String name = jdbc.sql("select name from screening_rule_set where active").query(String.class).optional()
			.orElseThrow(() -> new IllegalStateException("no screening rule set is active"));
		Map<String, String> methods = new HashMap<>();
		jdbc.sql("select zone, method from screening_method_rule where rule_set = ?")
			.param(name)
			.query((rs, n) -> methods.put(rs.getString(1), rs.getString(2)))
			.list();
		List<Cap> caps = jdbc.sql("select positivity_below, max_pool_size from screening_pool_cap where rule_set = ? "
				+ "order by positivity_below")
			.param(name)
			.query((rs, n) -> new Cap(rs.getDouble(1), rs.getInt(2)))
			.list();
		return new Rules(name, methods, caps);
	}

	/** A rule set as planning uses it. */
	record Rules(String name, Map<String, String> methods, List<Cap> caps) {

		String methodFor(String zone) {
			String method = methods.get(zone);
			if (method == null) {
				throw new IllegalStateException("rule set " + name + " has no method for zone " + zone);
			}
			return method;
		}

		/** The cap of the first band whose upper bound lies above the positivity (the last band beyond all). */
		int capFor(double positivity) {
			if (caps.isEmpty()) {
				return 10;
			}
			return caps.stream().filter(c -> positivity < c.below()).findFirst().orElse(caps.get(caps.size() - 1)).maxPool();
		}
	}

	/** Pools up to maxPool while positivity is below the bound. */
	record Cap(double below, int maxPool) {
	}
}

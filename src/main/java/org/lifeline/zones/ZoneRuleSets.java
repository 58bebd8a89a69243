package org.lifeline.zones;

import java.util.List;

import org.lifeline.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule sets zones are computed by, kept as rows; one is active. Switching the active rule set recomputes
 * every unit at once.
 */
@Service
public class ZoneRuleSets {

	private static final String COLUMNS = "name, title, title_en, sealed_days, controlled_days, requires_clear_screening, seals_buildings, active";

	private final JdbcClient jdbc;

	private final ZoneRecomputation recomputation;

	ZoneRuleSets(JdbcClient jdbc, ZoneRecomputation recomputation) {
		this.jdbc = jdbc;
		this.recomputation = recomputation;
	}

	@Transactional(readOnly = true)
	public List<ZoneRuleSet> all() {
		return jdbc.sql("select " + COLUMNS + " from zone_rule_set order by name").query(ZoneRuleSets::ruleSet).list();
	}

	@Transactional(readOnly = true)
	public ZoneRuleSet active() {
		return jdbc.sql("select " + COLUMNS + " from zone_rule_set where active").query(ZoneRuleSets::ruleSet).single();
	}

	/** Makes the named rule set the active one and recomputes every unit by it. */
	@Transactional
	public ZoneRecomputation.Outcome activate(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "name the rule set to activate", "problem.zones.ruleSetName");
		}
		boolean known = jdbc.sql("select count(*) from zone_rule_set where name = ?").param(name.trim())
			.query(Long.class).single() > 0;
		if (!known) {
			String names = all().stream().map(ZoneRuleSet::name).toList().toString();
			throw new InvalidInputException("name", "unknown rule set " + name.trim() + "; known: " + names,
					"problem.zones.unknownRuleSet", name.trim(), names);
		}
		jdbc.sql("update zone_rule_set set active = false where active and name <> ?").param(name.trim()).update();
		jdbc.sql("update zone_rule_set set active = true where name = ?").param(name.trim()).update();
		return recomputation.recomputeAll(ZoneRecomputation.Cause.RULE_SET);
	}

	private static ZoneRuleSet ruleSet(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ZoneRuleSet(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
				rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8));
	}
}

package org.lifeline.zones;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes zone units by the active rule set: all of them at once (the daily tick, a rule-set switch, after the
 * demo city loads) or the units of one compound (a new case, an override). Each is one set-based statement, which
 * also ends the overrides past their end date; every change is history. A compound's own recomputation announces
 * its change as {@link ZoneChanged}; a recomputation of every unit announces all compounds that changed zone in one
 * {@link ZoneChanges}, so a day or a rule-set switch that moves most of the city is one event, not tens of
 * thousands.
 */
@Service
public class ZoneRecomputation {

	/** What set the recomputation off; it decides the reason of a move to a stricter zone. */
	public enum Cause {
		POSITIVE, TICK, RULE_SET, OVERRIDE
	}

	private final JdbcClient jdbc;

	private final ZoneReasons reasons;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ZoneRecomputation(JdbcClient jdbc, ZoneReasons reasons, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.reasons = reasons;
		this.events = events;
		this.clock = clock;
	}

	/** Every unit of the city; the compounds that changed zone are announced together, as one {@link ZoneChanges}. */
	@Transactional
	public Outcome recomputeAll(Cause cause) {
		return recompute(null, false, cause);
	}

	/**
	 * Every unit's day 0 from zones' positives per building per day, then every unit recomputed: after positives
	 * arrived in bulk.
	 */
	@Transactional
	public Outcome recomputeAllFromPositives(Cause cause) {
		return recompute(null, true, cause);
	}

	/** The units of one compound: the compound itself and its buildings; a change is announced as {@link ZoneChanged}. */
	@Transactional
	public Outcome recomputeCompound(long compoundId, Cause cause) {
		return recompute(compoundId, false, cause);
	}

	private Outcome recompute(Long compoundId, boolean fromPositives, Cause cause) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Zoning.SHANGHAI);
		if (compoundId == null) {
			// the whole city's changes are kept in memory while they are written, not spilled to disk
			jdbc.sql("select set_config('work_mem', '64MB', true)").query(String.class).single();
		}
		var statement = jdbc.sql(RecomputeStatement.sql(compoundId != null, fromPositives))
			.param("today", today)
			.param("now", Timestamp.from(now))
			.param("cause", cause.name())
			.param("overrideText", reasons.sqlPattern(ZoneReasons.OVERRIDE))
			.param("overrideEndedText", reasons.sqlPattern(ZoneReasons.OVERRIDE_ENDED))
			.param("ruleSetText", reasons.sqlPattern(ZoneReasons.RULE_SET))
			.param("positiveText", reasons.sqlPattern(ZoneReasons.POSITIVE))
			.param("noPositiveText", reasons.sqlPattern(ZoneReasons.NO_POSITIVE))
			.param("cleanText", reasons.sqlPattern(ZoneReasons.CLEAN))
			.param("cleanAndNegativeText", reasons.sqlPattern(ZoneReasons.CLEAN_AND_NEGATIVE));
		if (compoundId != null) {
			statement = statement.param("compounds", List.of(compoundId));
		}
		long started = System.nanoTime();
		int[] ended = { 0 };
		List<ZoneChanged> changed = new ArrayList<>();
		int[] changes = { 0 };
		statement.query(rs -> {
			ended[0] = rs.getInt("overrides_ended");
			if (rs.getString("kind") == null) {
				return;
			}
			changes[0]++;
			if ("COMPOUND".equals(rs.getString("kind"))) {
				changed.add(new ZoneChanged(rs.getLong("unit_id"), rs.getString("code"), Zone.valueOf(rs.getString("old_zone")),
						Zone.valueOf(rs.getString("new_zone")), rs.getString("reason_text"), rs.getString("changed_by"), now));
			}
		});
		long computed = System.nanoTime();
		announce(compoundId == null, changed, now);
		return new Outcome(changes[0], ended[0], (computed - started) / 1_000_000,
				(System.nanoTime() - computed) / 1_000_000);
	}

	/** A whole-city recomputation announces its changes as one event; one compound's change as its own. */
	private void announce(boolean wholeCity, List<ZoneChanged> changed, Instant now) {
		if (changed.isEmpty()) {
			return;
		}
		if (wholeCity) {
			events.publishEvent(new ZoneChanges(changed, now));
		}
		else {
			changed.forEach(events::publishEvent);
		}
	}

	/**
	 * What one recomputation did: zone changes written, overrides that ended, milliseconds the set-based statement
	 * took and milliseconds announcing the changed compounds took.
	 */
	public record Outcome(int changes, int overridesEnded, long statementMillis, long announcingMillis) {
	}
}

package org.lifeline.zones;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes zone units by the active rule set: all of them at once (the daily tick, a rule-set switch, after the
 * demo city loads) or the units of one compound (a new case, an override). Overrides past their end date end
 * first. Each is one set-based statement; every change is history, and each compound that changed zone announces
 * {@link ZoneChanged}.
 */
@Service
public class ZoneRecomputation {

	/** What set the recomputation off; it decides the reason of a move to a stricter zone. */
	public enum Cause {
		POSITIVE, TICK, RULE_SET, OVERRIDE
	}

	private final JdbcClient jdbc;

	private final ZoneReasons reasons;

	private final ZoneUnits units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ZoneRecomputation(JdbcClient jdbc, ZoneReasons reasons, ZoneUnits units, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.reasons = reasons;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/** Every unit of the city. */
	@Transactional
	public Outcome recomputeAll(Cause cause) {
		return recompute(null, cause);
	}

	/**
	 * Every unit's day 0 from zones' positives per building per day, then every unit recomputed: after positives
	 * arrived in bulk.
	 */
	@Transactional
	public Outcome recomputeAllFromPositives(Cause cause) {
		units.dayZeroFromPositives();
		return recompute(null, cause);
	}

	/** The units of one compound: the compound itself and its buildings. */
	@Transactional
	public Outcome recomputeCompound(long compoundId, Cause cause) {
		return recompute(compoundId, cause);
	}

	private Outcome recompute(Long compoundId, Cause cause) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Zoning.SHANGHAI);
		List<Long> expired = endOverrides(compoundId, today);
		boolean needsScreening = jdbc.sql("select requires_clear_screening from zone_rule_set where active")
			.query(Boolean.class).single();
		var statement = jdbc.sql(RecomputeStatement.sql(compoundId != null, needsScreening))
			.param("today", today)
			.param("now", Timestamp.from(now))
			.param("cause", cause.name())
			.param("expired", expired.isEmpty() ? List.of(-1L) : expired)
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
		List<Change> changes = statement.query((rs, n) -> new Change(rs.getLong("unit_id"), rs.getString("kind"),
				rs.getLong("compound_id"), rs.getString("code"), Zone.valueOf(rs.getString("old_zone")),
				Zone.valueOf(rs.getString("new_zone")), rs.getString("reason_text"), rs.getString("changed_by")))
			.list();
		long computed = System.nanoTime();
		for (Change change : changes) {
			if (change.compound()) {
				events.publishEvent(new ZoneChanged(change.unitId(), change.code(), change.from(), change.to(),
						change.reason(), change.changedBy(), now));
			}
		}
		return new Outcome(changes.size(), expired.size(), (computed - started) / 1_000_000,
				(System.nanoTime() - computed) / 1_000_000);
	}

	private List<Long> endOverrides(Long compoundId, LocalDate today) {
		return jdbc.sql("""
				update zone_unit set override_zone = null, override_reason = null, override_until = null,
				    override_by = null, override_at = null
				where override_zone is not null and override_until < :today and %s
				returning unit_id""".formatted(compoundId == null ? "true" : "compound_id = :compound"))
			.param("today", today)
			.param("compound", compoundId == null ? 0L : compoundId)
			.query(Long.class)
			.list();
	}

	/**
	 * What one recomputation did: zone changes written, overrides that ended, milliseconds the set-based statement
	 * took and milliseconds announcing the changed compounds took.
	 */
	public record Outcome(int changes, int overridesEnded, long statementMillis, long announcingMillis) {
	}

	private record Change(long unitId, String kind, long compoundId, String code, Zone from, Zone to, String reason,
			String changedBy) {

		boolean compound() {
			return "COMPOUND".equals(kind);
		}
	}
}

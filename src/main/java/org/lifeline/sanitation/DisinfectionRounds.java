package org.lifeline.sanitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records disinfection rounds at key points: when, with which agent, by whom; all the points or none. */
@Service
public class DisinfectionRounds {

	static final int MAX_POINTS = 500;

	static final int MAX_AGENT = 200;

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Duration OLDEST = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	DisinfectionRounds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A round done at each of the points (within scope), at the given time or now; answers the rounds' ids. */
	@Transactional
	public List<Long> record(List<Long> pointIds, String agent, Instant at, String actor, TerritoryScope scope) {
		return record(new Round(pointIds, agent, at, null, null), actor, scope);
	}

	/** A round as a terminal disinfection or a volunteer's task records it, naming which. */
	@Transactional
	List<Long> record(Round round, String actor, TerritoryScope scope) {
		Set<Long> ids = pointIds(round.pointIds());
		String agent = agent(round.agent());
		Instant at = at(round.at());
		List<Long> found = jdbc.sql("select id from disinfection_point p where id in (:ids) and " + scope.condition("p"))
			.param("ids", List.copyOf(ids))
			.query(Long.class)
			.list();
		if (found.size() < ids.size()) {
			Set<Long> missing = new LinkedHashSet<>(ids);
			found.forEach(missing::remove);
			throw new NotFoundException("disinfection point", missing.iterator().next());
		}
		return jdbc.sql("""
				insert into disinfection_round (point_id, building_id, compound_id, committee_id, street_id, district_id,
				                                done_at, agent, done_by, recorded_at, terminal_id, task_id)
				select id, building_id, compound_id, committee_id, street_id, district_id, :at, :agent, :actor, :now,
				       :terminal, :task
				from disinfection_point where id in (:ids) order by id
				returning id""")
			.param("at", Timestamp.from(at))
			.param("agent", agent)
			.param("actor", actor)
			.param("now", Timestamp.from(clock.instant()))
			.param("terminal", round.terminalId())
			.param("task", round.taskId())
			.param("ids", List.copyOf(ids))
			.query(Long.class)
			.list();
	}

	private static Set<Long> pointIds(List<Long> pointIds) {
		if (pointIds == null || pointIds.isEmpty()) {
			throw new InvalidInputException("pointIds", "name at least one disinfection point",
					"problem.sanitation.noPoints");
		}
		if (pointIds.size() > MAX_POINTS) {
			throw new InvalidInputException("pointIds", "at most " + MAX_POINTS + " points in one round",
					"problem.sanitation.tooManyPoints", String.valueOf(MAX_POINTS));
		}
		if (pointIds.stream().anyMatch(id -> id == null)) {
			throw new InvalidInputException("pointIds", "a point id is empty", "problem.sanitation.emptyPoint");
		}
		return new LinkedHashSet<>(new ArrayList<>(pointIds));
	}

	static String agent(String agent) {
		if (agent == null || agent.isBlank()) {
			throw new InvalidInputException("agent", "say which disinfectant was used, e.g. chlorine 500 mg/L",
					"problem.sanitation.agent");
		}
		if (agent.strip().length() > MAX_AGENT) {
			throw TextLimits.atMost("agent", MAX_AGENT);
		}
		return agent.strip();
	}

	Instant at(Instant at) {
		Instant now = clock.instant();
		if (at == null) {
			return now;
		}
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			throw new InvalidInputException("at", "a round cannot be recorded in the future",
					"problem.sanitation.roundInFuture");
		}
		if (at.isBefore(now.minus(OLDEST))) {
			throw new InvalidInputException("at", "a round more than " + OLDEST.toDays() + " days ago cannot be recorded",
					"problem.sanitation.roundTooOld", String.valueOf(OLDEST.toDays()));
		}
		return at;
	}

	/** What a round names: its points, agent and time, and the terminal disinfection or task it belongs to. */
	record Round(List<Long> pointIds, String agent, Instant at, Long terminalId, Long taskId) {
	}
}

package org.lifeline.screening.rounds;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.territory.TerritoryScope.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The building-by-building call schedule of a round (don't move until called): each compound's buildings in
 * code order, dealt to its active points in turn, one slot each from the start of sampling, so each point sees one
 * building at a time. The committee and the building's volunteer see the building due now and mark it called.
 */
@Component
class CallSchedule {

	private static final Set<Level> COLUMNS = Set.of(Level.DISTRICT, Level.COMPOUND, Level.BUILDING);

	private static final String SELECT = "select c.id, c.round_id, c.building_id, c.compound_id, c.point_id, p.name, "
			+ "c.slot_start, c.slot_end, c.called_at, c.called_by, c.failed_at, c.failed_by, c.failure_reason "
			+ "from sampling_call c "
			+ "join sampling_point p on p.id = c.point_id join screening_round r on r.id = c.round_id ";

	private final JdbcClient jdbc;

	private final Territory territory;

	private final SamplingPoints points;

	private final AreaCondition area;

	private final Clock clock;

	CallSchedule(JdbcClient jdbc, Territory territory, SamplingPoints points, AreaCondition area, Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.points = points;
		this.area = area;
		this.clock = clock;
	}

	void schedule(long roundId, Instant startsAt, int slotMinutes, List<TerritoryNode> compounds) {
		List<Object[]> rows = new ArrayList<>();
		for (TerritoryNode compound : compounds) {
			List<SamplingPoints.Point> open = points.active(compound.id());
			if (open.isEmpty()) {
				continue;
			}
			List<TerritoryNode> buildings = territory.children(compound)
				.stream()
				.filter(n -> n.kind() == TerritoryKind.BUILDING)
				.sorted(Comparator.comparing(TerritoryNode::code))
				.toList();
			for (int i = 0; i < buildings.size(); i++) {
				Instant start = startsAt.plusSeconds(60L * slotMinutes * (i / open.size()));
				rows.add(new Object[] { open.get(i % open.size()).id(), buildings.get(i).id(), compound.id(),
						compound.districtId(), start.toString(), start.plusSeconds(60L * slotMinutes).toString() });
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into sampling_call (round_id, point_id, building_id, compound_id, district_id, slot_start, slot_end)
				select :round, * from unnest(:point::bigint[], :building::bigint[], :compound::bigint[], :district::bigint[],
				    :start::text[]::timestamptz[], :end::text[]::timestamptz[])""")
			.param("round", roundId)
			.param("point", rows.stream().map(r -> r[0]).toArray(Long[]::new))
			.param("building", rows.stream().map(r -> r[1]).toArray(Long[]::new))
			.param("compound", rows.stream().map(r -> r[2]).toArray(Long[]::new))
			.param("district", rows.stream().map(r -> r[3]).toArray(Long[]::new))
			.param("start", rows.stream().map(r -> r[4]).toArray(String[]::new))
			.param("end", rows.stream().map(r -> r[5]).toArray(String[]::new))
			.update();
	}

	/** The calls of the day's rounds within the scope, in slot order. */
	List<Call> on(LocalDate day, TerritoryScope scope) {
		return jdbc.sql(SELECT + "where r.round_date = ? and " + area.of(scope, "c", COLUMNS)
				+ " order by c.slot_start, c.building_id")
			.param(day)
			.query(this::call)
			.list();
	}

	/** Every call of a round, in slot order. */
	List<Call> of(long roundId) {
		return jdbc.sql(SELECT + "where c.round_id = ? order by c.slot_start, c.building_id")
			.param(roundId)
			.query(this::call)
			.list();
	}

	/** Marks a building called (once; marking it again changes nothing). */
	@Transactional
	void markCalled(long callId, String actor, TerritoryScope scope) {
		int found = jdbc.sql("update sampling_call c set called_at = coalesce(called_at, ?), called_by = coalesce(called_by, ?) "
				+ "where c.id = ? and " + area.of(scope, "c", COLUMNS))
			.params(Timestamp.from(clock.instant()), actor, callId)
			.update();
		if (found == 0) {
			throw new NotFoundException("sampling call", callId);
		}
	}

	/**
	 * Records that a building's call failed, with the reason (nobody answers, the building refuses); a call made or
	 * failed already is a conflict.
	 */
	@Transactional
	void markFailed(long callId, String actor, String reason, TerritoryScope scope) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "a failed sampling call needs a reason",
					"problem.screening.callReason");
		}
		if (reason.trim().length() > 200) {
			throw CallRefusals.reasonTooLong(200);
		}
		String state = jdbc.sql("select case when called_at is not null then 'was made' when failed_at is not null "
				+ "then 'failed' else 'open' end from sampling_call c where c.id = ? and " + area.of(scope, "c", COLUMNS)
				+ " for update")
			.param(callId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("sampling call", callId));
		if (!state.equals("open")) {
			throw CallRefusals.already(callId, state);
		}
		jdbc.sql("update sampling_call set failed_at = ?, failed_by = ?, failure_reason = ? where id = ?")
			.params(Timestamp.from(clock.instant()), actor, reason.trim(), callId)
			.update();
	}

	private Call call(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Call(rs.getLong(1), rs.getLong(2), territory.byId(rs.getLong(3)), rs.getLong(4), rs.getLong(5),
				rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), instant(rs, 9),
				rs.getString(10), instant(rs, 11), rs.getString(12), rs.getString(13));
	}

	private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	/**
	 * One building's call: where it goes, its slot, whether (and by whom) it was called, or that it failed, by whom
	 * and why.
	 */
	record Call(long id, long roundId, TerritoryNode building, long compoundId, long pointId, String point, Instant slotStart,
			Instant slotEnd, Instant calledAt, String calledBy, Instant failedAt, String failedBy, String failureReason) {

		public boolean dueAt(Instant now) {
			return open() && !now.isBefore(slotStart);
		}

		public boolean late(Instant now) {
			return open() && !now.isBefore(slotEnd);
		}

		public boolean open() {
			return calledAt == null && failedAt == null;
		}
	}
}

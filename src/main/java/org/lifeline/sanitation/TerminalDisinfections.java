package org.lifeline.sanitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.lifeline.isolation.TerminalDisinfectionDue;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Terminal disinfection of a positive's home and the building's common parts after the transfer: due from
 * isolation's admission event (once per case, however often the event arrives) or entered by hand; done, it records
 * a round at each of the building's common points in the ledger.
 */
@Service
public class TerminalDisinfections {

	/** The common parts a terminal disinfection covers besides the home. */
	static final List<PointKind> COMMON_PARTS = List.of(PointKind.ELEVATOR, PointKind.CORRIDOR,
			PointKind.STAIR_HANDRAIL, PointKind.DOOR_HANDLES);

	static final int MAX_NOTE = 500;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final DisinfectionPoints points;

	private final DisinfectionRounds rounds;

	private final Clock clock;

	TerminalDisinfections(JdbcClient jdbc, Territory territory, DisinfectionPoints points, DisinfectionRounds rounds,
			Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.points = points;
		this.rounds = rounds;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TerminalDisinfectionDue due) {
		jdbc.sql("""
				insert into terminal_disinfection (case_id, household_id, room, building_id, compound_id, committee_id,
				                                   street_id, district_id, due_at, source, entered_by)
				select :case, :household, h.room, b.id, b.compound_id, b.committee_id, b.street_id, b.district_id, :at,
				       'TRANSFER', 'system'
				from territory_placement b left join household_place h on h.id = :household
				where b.id = :building and b.compound_id is not null
				on conflict (case_id) do nothing""")
			.param("case", due.caseId())
			.param("household", due.householdId())
			.param("at", Timestamp.from(due.at()))
			.param("building", due.buildingId())
			.update();
	}

	/** A terminal disinfection entered by hand for a building in scope (the room when it is a home). */
	@Transactional
	public TerminalView enter(String buildingCode, String room, String note, String actor, TerritoryScope scope) {
		TerritoryNode building = territory.findByCode(buildingCode == null ? "" : buildingCode.trim())
			.filter(n -> n.kind() == TerritoryKind.BUILDING && scope.contains(n))
			.orElseThrow(() -> new NotFoundException("building", buildingCode));
		if (note != null && note.length() > MAX_NOTE) {
			throw TextLimits.atMost("note", MAX_NOTE);
		}
		if (room != null && room.strip().length() > 40) {
			throw TextLimits.atMost("room", 40);
		}
		long id = jdbc.sql("""
				insert into terminal_disinfection (room, building_id, compound_id, committee_id, street_id, district_id,
				                                   due_at, source, note, entered_by)
				values (?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?) returning id""")
			.params(room == null || room.isBlank() ? null : room.strip(), building.id(), building.compoundId(),
					building.committeeId(), building.streetId(), building.districtId(), Timestamp.from(clock.instant()),
					note == null || note.isBlank() ? null : note.strip(), actor)
			.query(Long.class)
			.single();
		return byId(id, scope);
	}

	/** Records a terminal disinfection done, with a round at each of the building's common points. */
	@Transactional
	public TerminalView done(long id, String agent, Instant at, String actor, TerritoryScope scope) {
		TerminalView terminal = byId(id, scope);
		if (terminal.doneAt() != null) {
			throw new ConflictException("terminal disinfection " + id + " was already recorded done at " + terminal.doneAt(),
					"problem.sanitation.terminalDoneAt", String.valueOf(id), String.valueOf(terminal.doneAt()));
		}
		Instant when = rounds.at(at);
		String used = DisinfectionRounds.agent(agent);
		points.generate(TerritoryScope.ofNode(TerritoryKind.BUILDING, buildingId(id), terminal.buildingCode()));
		List<Long> common = jdbc.sql("select id from disinfection_point where building_id = :building and kind in (:kinds)")
			.param("building", buildingId(id))
			.param("kinds", COMMON_PARTS.stream().map(Enum::name).toList())
			.query(Long.class)
			.list();
		int closed = jdbc.sql("update terminal_disinfection set done_at = ?, agent = ?, done_by = ? where id = ? and done_at is null")
			.params(Timestamp.from(when), used, actor, id)
			.update();
		if (closed == 0) {
			throw new ConflictException("terminal disinfection " + id + " was already recorded done",
					"problem.sanitation.terminalDone", String.valueOf(id));
		}
		rounds.record(new DisinfectionRounds.Round(common, used, when, id, null), actor, TerritoryScope.everything());
		return byId(id, scope);
	}

	/** Terminal disinfections in scope, the open ones first, then the latest done. */
	@Transactional(readOnly = true)
	public List<TerminalView> list(TerritoryScope scope, boolean openOnly, int limit) {
		return jdbc.sql(SELECT + " where " + scope.condition("t") + (openOnly ? " and t.done_at is null" : "")
				+ " order by t.done_at is not null, t.due_at desc limit " + Math.max(1, Math.min(limit, 500)))
			.query(TerminalDisinfections::view)
			.list();
	}

	TerminalView byId(long id, TerritoryScope scope) {
		return jdbc.sql(SELECT + " where t.id = ? and " + scope.condition("t"))
			.param(id)
			.query(TerminalDisinfections::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("terminal disinfection", id));
	}

	private long buildingId(long id) {
		return jdbc.sql("select building_id from terminal_disinfection where id = ?").param(id).query(Long.class).single();
	}

	private static final String SELECT = """
			select t.id, t.case_id, b.code, b.name, c.code, t.room, t.due_at, t.source, t.note, t.done_at, t.agent,
			       t.done_by
			from terminal_disinfection t
			join territory_placement b on b.id = t.building_id
			join territory_placement c on c.id = t.compound_id""";

	private static TerminalView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp done = rs.getTimestamp(10);
		return new TerminalView(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
				done == null ? null : done.toInstant(), rs.getString(11), rs.getString(12));
	}
}

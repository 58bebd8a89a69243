package org.lifeline.medical.medicine;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes medicine batches; every read is filtered by the caller's {@link BatchAccess}. */
@Repository
class BatchRepository {

	private final JdbcClient jdbc;

	BatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String summarySql(BatchAccess access) {
		return """
				select b.id, b.run_date, b.status, c.code as compound_code, c.name as compound_name, b.hospital_code,
				       h.name as hospital_name, lc.lines, lc.ready, lc.out_of_stock, dc.households, dc.checked,
				       dc.exceptions, b.built_at, b.built_by, b.ready_at, b.ready_by, b.received_at, b.received_by,
				       b.delivered_at, b.version
				from medicine_batch b
				join territory_placement c on c.id = b.compound_id
				join hospital h on h.code = b.hospital_code
				cross join lateral (select count(*) as lines, count(*) filter (where l.status = 'READY') as ready,
				    count(*) filter (where l.status = 'OUT_OF_STOCK') as out_of_stock
				    from medicine_line l where l.batch_id = b.id and %s) lc
				cross join lateral (select count(*) as households, count(*) filter (where d.outcome <> 'PENDING') as checked,
				    count(*) filter (where d.outcome not in ('PENDING', 'DELIVERED')) as exceptions
				    from medicine_drop d where d.batch_id = b.id and %s) dc
				where %s""".formatted(access.lines("l"), access.lines("d"), access.batches());
	}

	List<BatchSummary> list(BatchAccess access, LocalDate day, BatchStatus status, int limit) {
		String sql = summarySql(access) + (day == null ? "" : " and b.run_date = :day")
				+ (status == null ? "" : " and b.status = :status") + " order by b.run_date desc, c.code limit :limit";
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("limit", limit);
		if (day != null) {
			spec = spec.param("day", Date.valueOf(day));
		}
		if (status != null) {
			spec = spec.param("status", status.name());
		}
		return spec.query((rs, n) -> summary(rs)).list();
	}

	Optional<BatchSummary> summary(long id, BatchAccess access) {
		return jdbc.sql(summarySql(access) + " and b.id = :id").param("id", id).query((rs, n) -> summary(rs)).optional();
	}

	Optional<BatchView> view(long id, BatchAccess access) {
		return summary(id, access).map(batch -> new BatchView(batch, doors(id, access), timeline(id)));
	}

	private List<BatchView.Door> doors(long batchId, BatchAccess access) {
		Map<Long, List<BatchView.Line>> lines = new LinkedHashMap<>();
		jdbc.sql("""
				select l.id, l.household_id, l.resident_id, r.name, l.medicine, l.quantity, l.note, l.status,
				       l.hospital_note, l.prepared_by, l.prepared_at
				from medicine_line l join resident_facts r on r.id = l.resident_id
				where l.batch_id = ? and %s order by r.name, l.medicine""".formatted(access.lines("l")))
			.param(batchId)
			.query((rs, n) -> {
				lines.computeIfAbsent(rs.getLong("household_id"), h -> new java.util.ArrayList<>())
					.add(new BatchView.Line(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("name"),
							rs.getString("medicine"), rs.getInt("quantity"), rs.getString("note"),
							LineStatus.valueOf(rs.getString("status")), rs.getString("hospital_note"),
							rs.getString("prepared_by"), instant(rs, "prepared_at")));
				return 1;
			})
			.list();
		return jdbc.sql("""
				select d.household_id, t.code, t.name, hh.room, d.outcome, d.note, d.checked_by, d.checked_at, d.request_id
				from medicine_drop d join household_place hh on hh.id = d.household_id join territory_placement t on t.id = d.building_id
				where d.batch_id = ? and %s order by t.code, hh.room""".formatted(access.lines("d")))
			.param(batchId)
			.query((rs, n) -> new BatchView.Door(rs.getLong("household_id"), rs.getString("code"), rs.getString("name"),
					rs.getString("room"), DropOutcome.valueOf(rs.getString("outcome")), rs.getString("note"),
					rs.getString("checked_by"), instant(rs, "checked_at"), rs.getObject("request_id", Long.class),
					lines.getOrDefault(rs.getLong("household_id"), List.of())))
			.list();
	}

	List<BatchStep> timeline(long batchId) {
		return jdbc.sql("select at, actor, action, note from medicine_batch_step where batch_id = ? order by id")
			.param(batchId)
			.query((rs, n) -> new BatchStep(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("note")))
			.list();
	}

	/** The batch with all its lines and doors, when the caller may see it. */
	Optional<MedicineBatch> load(long id, BatchAccess access) {
		Optional<Object[]> head = jdbc.sql("select b.id, b.version, b.status from medicine_batch b where b.id = ? and "
				+ access.batches())
			.param(id)
			.query((rs, n) -> new Object[] { rs.getInt("version"), BatchStatus.valueOf(rs.getString("status")) })
			.optional();
		return head.map(h -> new MedicineBatch(id, (Integer) h[0], (BatchStatus) h[1], lines(id), drops(id)));
	}

	private List<BatchLine> lines(long batchId) {
		return jdbc.sql("select id, resident_id, household_id, medicine, quantity, status from medicine_line where batch_id = ?")
			.param(batchId)
			.query((rs, n) -> new BatchLine(rs.getLong("id"), rs.getLong("resident_id"),
					rs.getLong("household_id"), rs.getString("medicine"), rs.getInt("quantity"),
					LineStatus.valueOf(rs.getString("status"))))
			.list();
	}

	private List<BatchDoor> drops(long batchId) {
		return jdbc.sql("select household_id, outcome, checked_by from medicine_drop where batch_id = ?")
			.param(batchId)
			.query((rs, n) -> {
				BatchDoor drop = new BatchDoor(rs.getLong("household_id"),
						DropOutcome.valueOf(rs.getString("outcome")));
				drop.checkedBy = rs.getString("checked_by");
				return drop;
			})
			.list();
	}

	/** Whether the household has a door in the batch that the caller may see (a volunteer: in their buildings). */
	boolean doorVisible(long batchId, long householdId, BatchAccess access) {
		return jdbc.sql("select count(*) from medicine_drop d where d.batch_id = ? and d.household_id = ? and "
				+ access.lines("d"))
			.params(batchId, householdId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Writes the batch's new state, changed lines and doors and its timeline; false when someone was faster. */
	boolean save(MedicineBatch batch, Instant now) {
		int changed = jdbc.sql("""
				update medicine_batch set status = ?, ready_at = coalesce(?, ready_at), ready_by = coalesce(?, ready_by),
				    received_at = coalesce(?, received_at), received_by = coalesce(?, received_by),
				    delivered_at = coalesce(?, delivered_at), updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(batch.status().name(), ts(batch.readyAt()), batch.readyBy(), ts(batch.receivedAt()),
					batch.receivedBy(), ts(batch.deliveredAt()), ts(now), batch.id(), batch.version())
			.update();
		if (changed != 1) {
			return false;
		}
		for (BatchLine line : batch.changedLines()) {
			jdbc.sql("update medicine_line set status = ?, hospital_note = ?, prepared_by = ?, prepared_at = ? where id = ?")
				.params(line.status.name(), line.hospitalNote, line.preparedBy, ts(line.preparedAt), line.id)
				.update();
		}
		for (BatchDoor drop : batch.changedDrops()) {
			jdbc.sql("""
					update medicine_drop set outcome = ?, note = ?, checked_by = ?, checked_at = ?, request_id = ?
					where batch_id = ? and household_id = ?""")
				.params(drop.outcome.name(), drop.note, drop.checkedBy, ts(drop.checkedAt), drop.requestId, batch.id(),
						drop.householdId)
				.update();
		}
		for (BatchStep step : batch.newSteps()) {
			jdbc.sql("insert into medicine_batch_step (batch_id, at, actor, action, note) values (?, ?, ?, ?, ?)")
				.params(batch.id(), ts(step.at()), step.actor(), step.action(), step.note())
				.update();
		}
		return true;
	}

	private static BatchSummary summary(ResultSet rs) throws SQLException {
		return new BatchSummary(rs.getLong("id"), rs.getDate("run_date").toLocalDate(),
				BatchStatus.valueOf(rs.getString("status")), rs.getString("compound_code"), rs.getString("compound_name"),
				rs.getString("hospital_code"), rs.getString("hospital_name"), rs.getInt("lines"), rs.getInt("ready"),
				rs.getInt("out_of_stock"), rs.getInt("households"), rs.getInt("checked"), rs.getInt("exceptions"),
				instant(rs, "built_at"), rs.getString("built_by"), instant(rs, "ready_at"), rs.getString("ready_by"),
				instant(rs, "received_at"), rs.getString("received_by"), instant(rs, "delivered_at"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}

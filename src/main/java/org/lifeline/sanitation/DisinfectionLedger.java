package org.lifeline.sanitation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.spreadsheet.TabularWriter;
import org.lifeline.shared.web.Attachment;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A compound's disinfection ledger (消杀台账) over a range of days, as a spreadsheet: every round (time, building,
 * point, agent, who, and whether it belonged to a terminal disinfection or a volunteer's round), then the terminal
 * disinfections due or done in the range.
 */
@Service
public class DisinfectionLedger {

	static final int MAX_DAYS = 93;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Buildings.SHANGHAI);

	private final JdbcClient jdbc;

	private final DisinfectionPoints points;

	private final MessageSource messages;

	DisinfectionLedger(JdbcClient jdbc, DisinfectionPoints points, MessageSource messages) {
		this.jdbc = jdbc;
		this.points = points;
		this.messages = messages;
	}

	/** The ledger's file name and content for the compound in scope, days from and to inclusive. */
	@Transactional(readOnly = true)
	public Ledger export(String compoundCode, LocalDate from, LocalDate to, TabularFormat format, TerritoryScope scope) {
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", "give the ledger's first and last day",
					"problem.sanitation.ledgerDays");
		}
		if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS))) {
			throw new InvalidInputException("to", "the last day is on or after the first, at most " + MAX_DAYS + " days on",
					"problem.sanitation.ledgerRange", String.valueOf(MAX_DAYS));
		}
		TerritoryNode compound = points.compound(compoundCode, scope);
		Timestamp start = Timestamp.from(from.atStartOfDay(Buildings.SHANGHAI).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Buildings.SHANGHAI).toInstant());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TabularWriter sheet = TabularWriter.open(format, out, "消杀台账")) {
			sheet.row(List.of("小区 compound", compound.name() + " (" + compound.code() + ")"));
			sheet.row(List.of("日期 days", from + " – " + to));
			sheet.row(List.of());
			sheet.row(List.of("时间 time", "楼栋 building", "点位 point", "消毒剂 agent", "执行人 done by", "类别 kind"));
			for (List<String> row : rounds(compound.id(), start, end)) {
				sheet.row(row);
			}
			sheet.row(List.of());
			sheet.row(List.of("终末消毒 terminal", "楼栋 building", "房间 room", "应做 due", "完成 done", "消毒剂 agent",
					"执行人 done by"));
			for (List<String> row : terminals(compound.id(), start, end)) {
				sheet.row(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Ledger("disinfection-" + compound.code() + "-" + from + "-" + to + "." + format.extension(),
				format.mediaType(), out.toByteArray());
	}

	private List<List<String>> rounds(long compoundId, Timestamp start, Timestamp end) {
		return jdbc.sql("""
				select r.done_at, b.name, p.kind, r.agent, r.done_by, r.terminal_id, r.task_id
				from disinfection_round r
				join disinfection_point p on p.id = r.point_id
				join territory_placement b on b.id = r.building_id
				where r.compound_id = ? and r.done_at >= ? and r.done_at < ?
				order by r.done_at, b.code, p.kind""")
			.params(compoundId, start, end)
			.query((rs, n) -> List.of(TIME.format(rs.getTimestamp(1).toInstant()), rs.getString(2),
					messages.getMessage("sanitation.point." + rs.getString(3), null, Locale.SIMPLIFIED_CHINESE) + " " + rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6) != null ? "终末 terminal" : rs.getObject(7) != null ? "例行 volunteer round" : "记录 entered"))
			.list();
	}

	private List<List<String>> terminals(long compoundId, Timestamp start, Timestamp end) {
		return jdbc.sql("""
				select t.case_id, b.name, t.room, t.due_at, t.done_at, t.agent, t.done_by, t.source
				from terminal_disinfection t join territory_placement b on b.id = t.building_id
				where t.compound_id = ? and ((t.due_at >= ? and t.due_at < ?) or (t.done_at >= ? and t.done_at < ?))
				order by t.due_at""")
			.params(compoundId, start, end, start, end)
			.query((rs, n) -> List.of(rs.getObject(1) == null ? "手工 " + rs.getString(8) : "病例 case " + rs.getLong(1),
					rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
					TIME.format(rs.getTimestamp(4).toInstant()),
					rs.getTimestamp(5) == null ? "" : TIME.format(rs.getTimestamp(5).toInstant()),
					rs.getString(6) == null ? "" : rs.getString(6), rs.getString(7) == null ? "" : rs.getString(7)))
			.list();
	}

	/** A ledger file: its name, media type and bytes. */
	public record Ledger(String filename, String mediaType, byte[] content) {

		/** The ledger handed over as a file to save. */
		public ResponseEntity<byte[]> download() {
			return Attachment.of(filename, mediaType, content);
		}
	}
}

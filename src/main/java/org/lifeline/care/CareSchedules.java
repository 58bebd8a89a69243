package org.lifeline.care;

import java.util.EnumMap;
import java.util.Map;

import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A committee's check-in intervals by tag: the defaults, and the ones it set itself. */
@Service
class CareSchedules {

	private final JdbcClient jdbc;

	CareSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every tag's interval in days for the committee. */
	@Transactional(readOnly = true)
	public Map<VulnerabilityTag, Integer> of(TerritoryNode committee) {
		Map<VulnerabilityTag, Integer> every = new EnumMap<>(VulnerabilityTag.class);
		for (VulnerabilityTag tag : VulnerabilityTag.values()) {
			every.put(tag, CheckInSchedule.defaultEvery(tag));
		}
		jdbc.sql("select tag, every_days from care_schedule where committee_id = :c")
			.param("c", committee.id())
			.query((rs, n) -> every.put(VulnerabilityTag.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return every;
	}

	/** The refusal of a schedule set above or below a committee, said in the reader's language. */
	static InvalidInputException committeeOnly() {
		return new InvalidInputException("territory", "check-in schedules are set by a committee",
				"problem.care.committeeOnly");
	}

	/** Sets the committee's interval for a tag, from the next planned day on. */
	@Transactional
	public void set(TerritoryNode committee, String tag, Integer everyDays, String actor) {
		if (committee.kind() != TerritoryKind.COMMITTEE) {
			throw committeeOnly();
		}
		VulnerabilityTag parsed = EnumInput.required(VulnerabilityTag.class, "tag", tag);
		if (everyDays == null || everyDays < 1 || everyDays > 30) {
			throw new InvalidInputException("everyDays", "everyDays must be between 1 and 30", "problem.care.everyDays");
		}
		jdbc.sql("""
				insert into care_schedule (committee_id, tag, every_days, updated_by, updated_at)
				values (:c, :tag, :every, :actor, now())
				on conflict (committee_id, tag) do update set every_days = excluded.every_days,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at
				""").param("c", committee.id()).param("tag", parsed.name()).param("every", everyDays).param("actor", actor).update();
	}
}

package org.lifeline.sanitation;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeSet;

import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedules as data: how many disinfection rounds a day each kind of point gets in each zone, and at which
 * times of day garbage is picked up at the door in each zone. Changes apply to the days planned after them.
 */
@Service
public class SanitationSchedules {

	static final int MAX_TIMES_PER_DAY = 12;

	static final int MAX_PICKUPS = 6;

	/** The three zones by their names as zones keeps them. */
	enum ZoneName {
		SEALED, CONTROLLED, PRECAUTION
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SanitationSchedules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every zone's rounds a day per kind of point, and its pickup times. */
	@Transactional(readOnly = true)
	public Schedule current() {
		List<Frequency> frequencies = jdbc.sql("select zone, kind, times_per_day from disinfection_schedule")
			.query((rs, n) -> new Frequency(rs.getString(1), PointKind.valueOf(rs.getString(2)), rs.getInt(3)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((Frequency f) -> ZoneName.valueOf(f.zone())).thenComparing(Frequency::kind))
			.toList();
		List<Pickup> pickups = jdbc.sql("select zone, at_time from pickup_schedule order by zone, at_time")
			.query((rs, n) -> new Pickup(rs.getString(1), rs.getTime(2).toLocalTime()))
			.list();
		return new Schedule(frequencies, pickups);
	}

	/** Sets how many rounds a day a kind of point gets in a zone (0: none). */
	@Transactional
	public Schedule setFrequency(String zone, String kind, Integer timesPerDay, String actor) {
		ZoneName z = EnumInput.required(ZoneName.class, "zone", zone);
		PointKind k = EnumInput.required(PointKind.class, "kind", kind);
		if (timesPerDay == null || timesPerDay < 0 || timesPerDay > MAX_TIMES_PER_DAY) {
			throw new InvalidInputException("timesPerDay", "between 0 and " + MAX_TIMES_PER_DAY + " rounds a day",
					"problem.sanitation.timesPerDay", String.valueOf(MAX_TIMES_PER_DAY));
		}
		jdbc.sql("""
				insert into disinfection_schedule (zone, kind, times_per_day, changed_by, changed_at) values (?, ?, ?, ?, ?)
				on conflict (zone, kind) do update set times_per_day = excluded.times_per_day,
				    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
			.params(z.name(), k.name(), timesPerDay, actor, Timestamp.from(clock.instant()))
			.update();
		return current();
	}

	/** Replaces a zone's pickup times (none: no door pickups in that zone). */
	@Transactional
	public Schedule setPickups(String zone, List<LocalTime> times, String actor) {
		ZoneName z = EnumInput.required(ZoneName.class, "zone", zone);
		if (times == null || times.size() > MAX_PICKUPS || times.stream().anyMatch(t -> t == null)) {
			throw new InvalidInputException("times", "a list of at most " + MAX_PICKUPS + " times of day, e.g. [\"07:30\"]",
					"problem.sanitation.pickupTimes", String.valueOf(MAX_PICKUPS));
		}
		jdbc.sql("delete from pickup_schedule where zone = ?").param(z.name()).update();
		TreeSet<LocalTime> minutes = new TreeSet<>();
		times.forEach(t -> minutes.add(t.withSecond(0).withNano(0)));
		for (LocalTime time : minutes) {
			jdbc.sql("insert into pickup_schedule (zone, at_time, changed_by, changed_at) values (?, ?, ?, ?)")
				.params(z.name(), Time.valueOf(time), actor, Timestamp.from(clock.instant()))
				.update();
		}
		return current();
	}

	public record Frequency(String zone, PointKind kind, int timesPerDay) {
	}

	public record Pickup(String zone, LocalTime at) {
	}

	public record Schedule(List<Frequency> disinfection, List<Pickup> pickups) {
	}
}

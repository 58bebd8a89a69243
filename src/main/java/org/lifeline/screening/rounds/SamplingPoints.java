package org.lifeline.screening.rounds;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sampling points of compounds: about one per {@value #RESIDENTS_PER_POINT} residents, made with
 * {@value #DEFAULT_SWABBERS} swabbers each when a round is planned for a compound that has none, then edited by
 * the committee (name, swabbers, active).
 */
@Component
class SamplingPoints {

	static final int RESIDENTS_PER_POINT = 3000;

	static final int DEFAULT_SWABBERS = 2;

	private final JdbcClient jdbc;

	private final Clock clock;

	SamplingPoints(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Gives each compound without a point ceil(residents / 3,000) points (at least one). */
	void ensureFor(Collection<TerritoryNode> compounds, java.util.Map<Long, Long> residents) {
		for (TerritoryNode compound : compounds) {
			long people = residents.getOrDefault(compound.id(), 0L);
			int wanted = (int) Math.max(1, (people + RESIDENTS_PER_POINT - 1) / RESIDENTS_PER_POINT);
			jdbc.sql("""
					insert into sampling_point (compound_id, committee_id, district_id, name, swabbers, active, created_at)
					select :compound, :committee, :district, :name || n || '号采样点', :swabbers, true, :now
					from generate_series(1, :wanted) n
					where not exists (select 1 from sampling_point where compound_id = :compound)""")
				.param("compound", compound.id())
				.param("committee", compound.committeeId())
				.param("district", compound.districtId())
				.param("name", compound.name())
				.param("swabbers", DEFAULT_SWABBERS)
				.param("now", Timestamp.from(clock.instant()))
				.param("wanted", wanted)
				.update();
		}
	}

	/** The active points of a compound, in the order they were made. */
	List<Point> active(long compoundId) {
		return jdbc.sql("select id, compound_id, name, swabbers, active from sampling_point where compound_id = ? and active order by id")
			.param(compoundId)
			.query(Point.class)
			.list();
	}

	/** Every point of these compounds. */
	List<Point> of(Collection<Long> compoundIds) {
		return jdbc.sql("select id, compound_id, name, swabbers, active from sampling_point where compound_id = any(?) "
				+ "order by compound_id, id")
			.param(compoundIds.toArray(Long[]::new))
			.query(Point.class)
			.list();
	}

	@Transactional
	Point change(long id, PointForm form, Collection<Long> compoundsInScope) {
		form.requireValid();
		Point point = jdbc.sql("select id, compound_id, name, swabbers, active from sampling_point where id = ? for update")
			.param(id)
			.query(Point.class)
			.optional()
			.filter(p -> compoundsInScope.contains(p.compoundId()))
			.orElseThrow(() -> new NotFoundException("sampling point", id));
		jdbc.sql("update sampling_point set name = ?, swabbers = ?, active = ? where id = ?")
			.params(form.name().trim(), form.swabbers(), form.active(), point.id())
			.update();
		return new Point(point.id(), point.compoundId(), form.name().trim(), form.swabbers(), form.active());
	}

	/** A sampling point. */
	record Point(long id, long compoundId, String name, int swabbers, boolean active) {
	}

	/** What the committee may change about a point. */
	record PointForm(String name, Integer swabbers, boolean active) {

		void requireValid() {
			if (name == null || name.isBlank() || name.length() > 100) {
				throw new InvalidInputException("name", "a point needs a name of at most 100 characters",
						"problem.screening.pointName");
			}
			if (swabbers == null || swabbers < 1 || swabbers > 50) {
				throw new InvalidInputException("swabbers", "swabbers must be between 1 and 50",
						"problem.screening.swabbers");
			}
		}
	}
}

package org.lifeline.cases;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cases awaiting transfer, oldest first, as one indexed query over the scope. */
@Component
class TransferQueue {

	private final JdbcClient jdbc;

	TransferQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CaseInQueue> awaiting(TerritoryScope scope, LocalDate today) {
		return jdbc.sql("""
				select c.id, c.resident_id, c.household_id, c.building_id, c.compound_id, c.street_id, c.district_id,
				       c.type, c.reported_on, c.reported_at, extract(year from age(:today, c.birth_date))::int as age,
				       c.needs
				from positive_case c
				where c.status = 'AWAITING_TRANSFER' and %s
				order by c.reported_at, c.id""".formatted(scope.condition("c")))
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new CaseInQueue(rs.getLong("id"), rs.getLong("resident_id"), rs.getLong("household_id"),
					rs.getLong("building_id"), rs.getLong("compound_id"), rs.getLong("street_id"),
					rs.getLong("district_id"), CaseType.valueOf(rs.getString("type")),
					rs.getObject("reported_on", LocalDate.class), rs.getTimestamp("reported_at").toInstant(),
					rs.getInt("age"), CaseRepository.needs(rs.getArray("needs"))))
			.list();
	}
}

package org.lifeline.care;

import java.time.LocalDate;
import java.util.List;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A day's check-ins within a scope, for a committee or for one contact: open ones first, the longest overdue
 * first among them, then by building and room. Reads the planned list (planning the day first when nobody has).
 */
@Component
public class CheckInList {

	private static final String FROM = """
			from care_day d
			left join care_contact c on c.resident_id = d.resident_id
			where d.day = :day and %s %s
			""";

	private final JdbcClient jdbc;

	private final CarePlanner planner;

	CheckInList(JdbcClient jdbc, CarePlanner planner) {
		this.jdbc = jdbc;
		this.planner = planner;
	}

	@Transactional
	public PageResult<DueCheckIn> of(LocalDate day, TerritoryScope scope, Long contactUserId, PageRequest page) {
		planner.ensurePlanned(day, planner.districtsOf(scope));
		String contact = contactUserId == null ? "" : " and d.contact_user_id = " + contactUserId;
		String from = FROM.formatted(scope.condition("d"), contact);
		List<DueCheckIn> items = jdbc.sql("""
				select d.resident_id, d.name, d.building_code, d.room, d.due, c.name as contact,
				       case when d.status = 'DUE' and d.due < d.day then 'OVERDUE' else d.status end as status
				%s
				order by d.open desc, d.due, d.building_id, d.room
				limit :limit offset :offset
				""".formatted(from))
			.param("day", day)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new DueCheckIn(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)))
			.list();
		long total = items.size() < page.size() && page.page() == 0 ? items.size()
				: jdbc.sql("select count(*) from care_day d where d.day = :day and " + scope.condition("d")
						+ contact).param("day", day).query(Long.class).single();
		return new PageResult<>(items, total);
	}
}

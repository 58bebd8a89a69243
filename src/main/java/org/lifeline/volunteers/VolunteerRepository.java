package org.lifeline.volunteers;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VolunteerRepository {

	private final JdbcClient jdbc;

	VolunteerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long districtId, long streetId, long committeeId, Long userId, NewVolunteer v, String actor) {
		return jdbc.sql("""
				insert into volunteer (district_id, street_id, committee_id, user_id, name, phone, skills, created_by, created_at)
				values (:d, :s, :c, :u, :name, :phone, :skills::text[], :actor, now()) returning id
				""")
			.param("d", districtId).param("s", streetId).param("c", committeeId).param("u", userId, java.sql.Types.BIGINT)
			.param("name", v.name().trim()).param("phone", v.phone().trim())
			.param("skills", v.skills().stream().map(s -> s.trim().toUpperCase()).toArray(String[]::new))
			.param("actor", actor)
			.query(Long.class).single();
	}

	void serve(long volunteerId, long buildingId, boolean leader) {
		jdbc.sql("insert into volunteer_post (volunteer_id, building_id, leader) values (:v, :b, :l)")
			.param("v", volunteerId).param("b", buildingId).param("l", leader).update();
	}

	void shift(long volunteerId, LocalDate day, LocalTime starts, LocalTime ends) {
		jdbc.sql("""
				insert into volunteer_shift (volunteer_id, day, starts, ends) values (:v, :day, :s, :e)
				on conflict (volunteer_id, day, starts) do update set ends = excluded.ends
				""").param("v", volunteerId).param("day", day).param("s", starts).param("e", ends).update();
	}

	void test(long volunteerId, String kind, Instant takenAt, String result, String actor) {
		jdbc.sql("""
				insert into volunteer_test (volunteer_id, kind, taken_at, result, recorded_by)
				values (:v, :kind, :at, :result, :actor)
				""").param("v", volunteerId).param("kind", kind).param("at", Timestamp.from(takenAt))
			.param("result", result).param("actor", actor).update();
	}

	Optional<Long> committeeOf(long volunteerId, TerritoryScope scope) {
		return jdbc.sql("select committee_id from volunteer v where id = :id and " + scope.condition("v"))
			.param("id", volunteerId).query(Long.class).optional();
	}

	Optional<Long> idOfUser(long userId) {
		return jdbc.sql("select id from volunteer where user_id = :u").param("u", userId).query(Long.class).optional();
	}

	Set<Long> buildingsOf(long volunteerId) {
		return new TreeSet<>(jdbc.sql("select building_id from volunteer_post where volunteer_id = :v")
			.param("v", volunteerId).query(Long.class).list());
	}

	List<TestValidity.OwnTest> testsSince(long volunteerId, Instant since) {
		return jdbc.sql("select kind, taken_at, result from volunteer_test where volunteer_id = :v and taken_at >= :since")
			.param("v", volunteerId).param("since", Timestamp.from(since))
			.query((rs, n) -> new TestValidity.OwnTest("PCR".equals(rs.getString(1)), rs.getTimestamp(2).toInstant(),
					"POSITIVE".equals(rs.getString(3))))
			.list();
	}

	/** The register of a committee (or any scope), with buildings and whether each is on shift on the day. */
	List<Row> within(TerritoryScope scope, LocalDate day) {
		return jdbc.sql("""
				select v.id, v.name, v.phone, v.user_id, v.skills,
				       array(select b.code from volunteer_post vb join territory_placement b on b.id = vb.building_id
				             where vb.volunteer_id = v.id order by b.code) as buildings,
				       array(select b.code from volunteer_post vb join territory_placement b on b.id = vb.building_id
				             where vb.volunteer_id = v.id and vb.leader order by b.code) as leads,
				       exists (select 1 from volunteer_shift s where s.volunteer_id = v.id and s.day = :day) as on_shift
				from volunteer v where %s order by v.name, v.id
				""".formatted(scope.condition("v")))
			.param("day", day)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
					strings(rs.getArray(6)), strings(rs.getArray(7)), strings(rs.getArray(5)), rs.getBoolean(8)))
			.list();
	}

	/** The buildings of a committee's compounds where no volunteer serving them is on shift on the day. */
	List<String> buildingsWithoutVolunteer(long committeeId, LocalDate day) {
		return jdbc.sql("""
				select b.code from territory_placement b
				where b.kind = 'BUILDING' and b.committee_id = :c
				  and not exists (select 1 from volunteer_post vb join volunteer_shift s on s.volunteer_id = vb.volunteer_id
				                  where vb.building_id = b.id and s.day = :day)
				order by b.code
				""").param("c", committeeId).param("day", day).query(String.class).list();
	}

	private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	record Row(long id, String name, String phone, Long userId, List<String> buildings, List<String> leaderOf,
			List<String> skills, boolean onShift) {
	}
}

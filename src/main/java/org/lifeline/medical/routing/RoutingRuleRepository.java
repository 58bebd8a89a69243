package org.lifeline.medical.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.Need;
import org.lifeline.zones.Zone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Routing rules: a district's own rows before the city-wide defaults, each list in rank order. */
@Repository
class RoutingRuleRepository {

	private static final String SELECT = """
			select r.*, d.code as district_code from routing_rule r left join territory_placement d on d.id = r.district_id
			""";

	private final JdbcClient jdbc;

	RoutingRuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rules that apply in a district, in evaluation order. */
	List<RoutingRule> forDistrict(long districtId) {
		return jdbc.sql(SELECT + " where r.district_id = ? or r.district_id is null "
				+ "order by (r.district_id is null), r.rank, r.id")
			.param(districtId)
			.query((rs, n) -> map(rs))
			.list();
	}

	List<RoutingRule> cityDefaults() {
		return jdbc.sql(SELECT + " where r.district_id is null order by r.rank, r.id").query((rs, n) -> map(rs)).list();
	}

	Optional<RoutingRule> byId(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	Optional<Long> districtOf(long id) {
		return jdbc.sql("select district_id from routing_rule where id = ?")
			.param(id)
			.query((rs, n) -> rs.getObject(1, Long.class))
			.optional();
	}

	long insert(RoutingRule rule, Long districtId, String by, Instant at) {
		return jdbc.sql("""
				insert into routing_rule (district_id, rank, need, critical, zone, condition, mode, destination,
				    hospital_kind, label, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(districtId, rule.rank(), name(rule.need()), rule.critical(), name(rule.zone()),
					rule.condition().name(), rule.mode().name(), name(rule.destination()), name(rule.hospitalKind()),
					rule.label(), by, java.sql.Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void update(long id, RoutingRule rule, String by, Instant at) {
		jdbc.sql("""
				update routing_rule set rank = ?, need = ?, critical = ?, zone = ?, condition = ?, mode = ?,
				    destination = ?, hospital_kind = ?, label = ?, updated_by = ?, updated_at = ? where id = ?""")
			.params(rule.rank(), name(rule.need()), rule.critical(), name(rule.zone()), rule.condition().name(),
					rule.mode().name(), name(rule.destination()), name(rule.hospitalKind()), rule.label(), by,
					java.sql.Timestamp.from(at), id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from routing_rule where id = ?").param(id).update();
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}

	private static RoutingRule map(ResultSet rs) throws SQLException {
		return new RoutingRule(rs.getLong("id"), rs.getString("district_code"), rs.getInt("rank"),
				parse(Need.class, rs.getString("need")), rs.getObject("critical", Boolean.class),
				parse(Zone.class, rs.getString("zone")), ProfileCondition.valueOf(rs.getString("condition")),
				CareMode.valueOf(rs.getString("mode")), parse(DestinationSelector.class, rs.getString("destination")),
				parse(HospitalKind.class, rs.getString("hospital_kind")), rs.getString("label"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}
}

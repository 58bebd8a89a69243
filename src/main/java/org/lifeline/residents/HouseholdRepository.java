package org.lifeline.residents;

import java.util.List;
import java.util.Optional;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HouseholdRepository {

	private static final String VIEW = """
			select h.id, h.room, b.code as building_code, b.name as building_name, c.code as compound_code,
			       c.name as compound_name, c.address as compound_address,
			       (select count(*) from resident r where r.household_id = h.id) as members
			from household h
			join territory_placement b on b.id = h.building_id
			join territory_placement c on c.id = h.compound_id
			""";

	private final JdbcClient jdbc;

	HouseholdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HouseholdRef> findRef(long id, TerritoryScope scope) {
		return jdbc
			.sql("select id, building_id, compound_id, committee_id, street_id, district_id from household h where id = :id and "
					+ scope.condition("h", "id"))
			.param("id", id)
			.param("scopeId", scope.nodeId())
			.query((rs, n) -> new HouseholdRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.optional();
	}

	HouseholdRef findOrCreate(TerritoryNode building, String room) {
		jdbc.sql("""
				insert into household (building_id, compound_id, committee_id, street_id, district_id, room)
				values (?, ?, ?, ?, ?, ?) on conflict (building_id, room) do nothing""")
			.params(building.id(), building.compoundId(), building.committeeId(), building.streetId(),
					building.districtId(), room)
			.update();
		return jdbc
			.sql("select id, building_id, compound_id, committee_id, street_id, district_id from household where building_id = ? and room = ?")
			.params(building.id(), room)
			.query((rs, n) -> new HouseholdRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.single();
	}

	Optional<HouseholdView> find(long id, TerritoryScope scope) {
		return jdbc.sql(VIEW + " where h.id = :id and " + scope.condition("h", "id"))
			.param("id", id)
			.param("scopeId", scope.nodeId())
			.query(HouseholdRepository::map)
			.optional();
	}

	long count(TerritoryScope scope) {
		return jdbc.sql("select count(*) from household h where " + scope.condition("h", "id")).query(Long.class).single();
	}

	PageResult<HouseholdView> list(TerritoryScope scope, PageRequest page) {
		String where = " where " + scope.condition("h", "id");
		List<HouseholdView> items = jdbc.sql(VIEW + where + " order by h.building_id, length(h.room), h.room limit :limit offset :offset")
			.param("scopeId", scope.nodeId())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(HouseholdRepository::map)
			.list();
		long total = jdbc.sql("select count(*) from household h" + where)
			.param("scopeId", scope.nodeId())
			.query(Long.class)
			.single();
		return new PageResult<>(items, total);
	}

	private static HouseholdView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new HouseholdView(rs.getLong("id"), rs.getString("room"), rs.getString("building_code"),
				rs.getString("building_name"), rs.getString("compound_code"), rs.getString("compound_name"),
				Addresses.of(rs.getString("compound_address"), rs.getString("compound_name"),
						rs.getString("building_name"), rs.getString("room")),
				rs.getInt("members"));
	}
}

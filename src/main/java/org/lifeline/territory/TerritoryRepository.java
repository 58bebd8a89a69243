package org.lifeline.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TerritoryRepository {

	private static final String COLUMNS = "id, code, kind, name, parent_id, district_id, street_id, committee_id, "
			+ "compound_id, address, lat, lon";

	private final JdbcClient jdbc;

	TerritoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TerritoryNode> findCity() {
		return jdbc.sql("select " + COLUMNS + " from territory_node where kind = 'CITY'").query(this::map).optional();
	}

	Optional<TerritoryNode> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from territory_node where code = ?").param(code).query(this::map).optional();
	}

	Optional<TerritoryNode> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from territory_node where id = ?").param(id).query(this::map).optional();
	}

	List<TerritoryNode> findChildren(long parentId) {
		return jdbc.sql("select " + COLUMNS + " from territory_node where parent_id = ? order by code")
			.param(parentId)
			.query(this::map)
			.list();
	}

	long countWithin(TerritoryNode node, TerritoryKind kind) {
		return jdbc.sql("select count(*) from territory_node n where n.kind = :kind and " + node.scope().condition("n"))
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

	List<TerritoryNode> findLineage(TerritoryNode node) {
		List<Long> ids = new ArrayList<>();
		findCity().ifPresent(city -> ids.add(city.id()));
		for (Long id : new Long[] { node.districtId(), node.streetId(), node.committeeId(), node.compoundId(),
				node.id() }) {
			if (id != null && !ids.contains(id)) {
				ids.add(id);
			}
		}
		return jdbc.sql("select " + COLUMNS + " from territory_node where id in (:ids) order by array_position(array['CITY', 'DISTRICT', 'STREET', 'COMMITTEE', 'COMPOUND', 'BUILDING']::varchar[], kind)")
			.param("ids", ids)
			.query(this::map)
			.list();
	}

	List<TerritoryNode> findCompounds(String text, TerritoryScope scope, int limit) {
		String pattern = escapeLike(text == null ? "" : text.trim()) + "%";
		return jdbc
			.sql("select " + COLUMNS + " from territory_node n where n.kind = 'COMPOUND' and " + scope.condition("n")
					+ " and (n.name like :pattern or n.address like :pattern) order by n.code limit :limit")
			.param("scopeId", scope.nodeId())
			.param("pattern", pattern)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	Optional<TerritoryNode> findNearestCompound(double lat, double lon, TerritoryScope scope) {
		// Equirectangular distance is plenty within one city; cos(31°) corrects the longitude.
		return jdbc
			.sql("select " + COLUMNS + " from territory_node n where n.kind = 'COMPOUND' and n.lat is not null and "
					+ scope.condition("n")
					+ " order by power(n.lat - :lat, 2) + power((n.lon - :lon) * cos(radians(:lat)), 2) limit 1")
			.param("scopeId", scope.nodeId())
			.param("lat", lat)
			.param("lon", lon)
			.query(this::map)
			.optional();
	}

	TerritoryNode insert(NewTerritoryNode node, TerritoryNode parent) {
		if (node.kind() == TerritoryKind.CITY && findCity().isPresent()) {
			throw new InvalidInputException("kind", "the city already exists; there is one city",
					"problem.territory.oneCity");
		}
		long id = jdbc.sql("select nextval('territory_node_id_seq')").query(Long.class).single();
		Long district = ancestorOrSelf(TerritoryKind.DISTRICT, node.kind(), parent, id);
		Long street = ancestorOrSelf(TerritoryKind.STREET, node.kind(), parent, id);
		Long committee = ancestorOrSelf(TerritoryKind.COMMITTEE, node.kind(), parent, id);
		Long compound = ancestorOrSelf(TerritoryKind.COMPOUND, node.kind(), parent, id);
		jdbc.sql("""
				insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id,
				    compound_id, address, lat, lon)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, node.code(), node.kind().name(), node.name(), parent == null ? null : parent.id(), district,
					street, committee, compound, node.address(), node.lat(), node.lon())
			.update();
		return findById(id).orElseThrow();
	}

	/** One INSERT … SELECT for all the buildings, placed under their compounds; codes in use are skipped. */
	int insertBuildings(List<NewBuilding> buildings) {
		return jdbc.sql("""
				insert into territory_node (code, kind, name, parent_id, district_id, street_id, committee_id,
				    compound_id, lat, lon)
				select b.code, 'BUILDING', b.name, c.id, c.district_id, c.street_id, c.committee_id, c.compound_id,
				       c.lat, c.lon
				from unnest(?::varchar[], ?::varchar[], ?::bigint[]) as b(code, name, compound_id)
				join territory_node c on c.id = b.compound_id
				on conflict (code) do nothing""")
			.params(buildings.stream().map(NewBuilding::code).toArray(String[]::new),
					buildings.stream().map(NewBuilding::name).toArray(String[]::new),
					buildings.stream().map(NewBuilding::compoundId).toArray(Long[]::new))
			.update();
	}

	private static Long ancestorOrSelf(TerritoryKind level, TerritoryKind kind, TerritoryNode parent, long id) {
		if (kind == level) {
			return id;
		}
		return parent == null ? null : parent.ancestorId(level);
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private TerritoryNode map(ResultSet rs, int row) throws SQLException {
		return new TerritoryNode(rs.getLong("id"), rs.getString("code"), TerritoryKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getObject("parent_id", Long.class), rs.getObject("district_id", Long.class),
				rs.getObject("street_id", Long.class), rs.getObject("committee_id", Long.class),
				rs.getObject("compound_id", Long.class), rs.getString("address"), rs.getObject("lat", Double.class),
				rs.getObject("lon", Double.class));
	}
}

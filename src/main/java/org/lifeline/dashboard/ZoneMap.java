package org.lifeline.dashboard;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The zone map of a node: its compounds as a GeoJSON FeatureCollection of points with their zone, residents, the
 * day's new cases and whether they are a hard case, read from the kept figures of the latest day. The serialised
 * collection is kept per node until the figures are written again, so a city of 72,000 compounds is read and
 * serialised once per pass, not once per viewer.
 */
@Service
public class ZoneMap {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int KEPT_NODES = 256;

	private final JdbcClient jdbc;

	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	ZoneMap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The FeatureCollection as JSON bytes. */
	public byte[] of(TerritoryNode node) {
		OffsetDateTime asOf = jdbc.sql("select figures_at from dashboard_refresh where id = 1")
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		if (asOf == null) {
			return JSON.writeValueAsBytes(collection(node));
		}
		if (kept.size() >= KEPT_NODES) {
			kept.clear();
		}
		// one caller builds a node's collection while the others for that node wait for it
		return kept.compute(node.id(), (id, old) -> old != null && asOf.equals(old.asOf()) ? old
				: new Kept(asOf, JSON.writeValueAsBytes(collection(node)))).json();
	}

	Map<String, Object> collection(TerritoryNode node) {
		List<Map<String, Object>> features = jdbc.sql("""
				select f.code, f.name, p.lat, p.lon, f.residents, f.new_cases, f.as_of,
				       case when f.sealed_units > 0 then 'SEALED' when f.controlled_units > 0 then 'CONTROLLED'
				            else 'PRECAUTION' end as zone,
				       h.compound_id is not null as hard
				from dashboard_figures f
				join territory_placement p on p.id = f.node_id
				left join dashboard_hard_case h on h.compound_id = f.node_id
				where f.kind = 'COMPOUND' and %s and p.lat is not null
				  and f.day = (select max(day) from dashboard_figures where node_id = :node)
				order by f.code""".formatted(CompoundScope.figures(node)))
			.param("node", node.id())
			.query((rs, n) -> feature(rs.getString("code"), rs.getString("name"), rs.getDouble("lon"),
					rs.getDouble("lat"), rs.getString("zone"), rs.getLong("residents"), rs.getLong("new_cases"),
					rs.getBoolean("hard")))
			.list();
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("territory", node.code());
		collection.put("features", features);
		return collection;
	}

	private static Map<String, Object> feature(String code, String name, double lon, double lat, String zone,
			long residents, long newCases, boolean hard) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", code);
		properties.put("name", name);
		properties.put("zone", zone);
		properties.put("residents", residents);
		properties.put("newCases", newCases);
		properties.put("hardCase", hard);
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)));
		feature.put("properties", properties);
		return feature;
	}

	private record Kept(OffsetDateTime asOf, byte[] json) {
	}
}

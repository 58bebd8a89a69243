package org.lifeline.dashboard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines drawn under the zone map: the GeoJSON a city uploaded for a node, or else outlines generated from
 * the positions of its compounds (one area per child: districts of the city, streets of a district, committees of
 * a street), kept once generated.
 */
@Service
public class MapOutlines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** About 150 m around each compound, so a lone compound still draws as an area. */
	private static final double MARGIN = 0.0015;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Long, String> generated = new ConcurrentHashMap<>();

	MapOutlines(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The outlines as a GeoJSON FeatureCollection text. */
	public String of(TerritoryNode node) {
		return jdbc.sql("select geojson from dashboard_outline where node_id = :node")
			.param("node", node.id())
			.query(String.class)
			.optional()
			.orElseGet(() -> generated.computeIfAbsent(node.id(), id -> JSON.writeValueAsString(generate(node))));
	}

	/** Keeps a city's own outlines for a node: a FeatureCollection of Polygon or MultiPolygon features. */
	@Transactional
	public void upload(TerritoryNode node, String geojson, String actor) {
		check(geojson);
		jdbc.sql("""
				insert into dashboard_outline (node_id, geojson, uploaded_by, uploaded_at) values (:node, :json, :by, :at)
				on conflict (node_id) do update set geojson = excluded.geojson, uploaded_by = excluded.uploaded_by,
				    uploaded_at = excluded.uploaded_at""")
			.param("node", node.id())
			.param("json", geojson)
			.param("by", actor)
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		generated.remove(node.id());
	}

	static void check(String geojson) {
		JsonNode root;
		try {
			root = JSON.readTree(geojson == null ? "" : geojson);
		}
		catch (JacksonException e) {
			throw new InvalidInputException("geojson", "not JSON: " + e.getOriginalMessage(), "problem.dashboard.notJson",
					e.getOriginalMessage());
		}
		if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))
				|| !root.path("features").isArray()) {
			throw new InvalidInputException("geojson", "must be a GeoJSON FeatureCollection with a features array",
					"problem.dashboard.notFeatureCollection");
		}
		int i = 0;
		for (JsonNode feature : root.path("features")) {
			String type = feature.path("geometry").path("type").asString("");
			if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
				throw new InvalidInputException("geojson",
						"feature " + i + " must have a Polygon or MultiPolygon geometry, not '" + type + "'",
						"problem.dashboard.notPolygon", String.valueOf(i), type);
			}
			i++;
		}
	}

	private Map<String, Object> generate(TerritoryNode node) {
		String child = switch (node.kind()) {
			case CITY -> "district_id";
			case DISTRICT -> "street_id";
			case STREET -> "committee_id";
			default -> "id";
		};
		String within = node.kind() == TerritoryKind.CITY ? "true"
				: switch (node.kind()) {
					case DISTRICT -> "c.district_id = :node";
					case STREET -> "c.street_id = :node";
					case COMMITTEE -> "c.committee_id = :node";
					default -> "c.id = :node";
				};
		Map<Long, List<double[]>> points = new LinkedHashMap<>();
		jdbc.sql("select c." + child + ", c.lon, c.lat from territory_placement c where c.kind = 'COMPOUND' and "
				+ within + " and c.lat is not null order by c." + child)
			.param("node", node.id())
			.query((rs, n) -> points.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new double[] { rs.getDouble(2), rs.getDouble(3) }))
			.list();
		Map<Long, String[]> names = new LinkedHashMap<>();
		if (!points.isEmpty()) {
			jdbc.sql("select id, code, name from territory_placement where id = any(:ids)")
				.param("ids", points.keySet().toArray(Long[]::new))
				.query((rs, n) -> names.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) }))
				.list();
		}
		List<Map<String, Object>> features = new ArrayList<>();
		points.forEach((id, at) -> {
			String[] name = names.getOrDefault(id, new String[] { String.valueOf(id), String.valueOf(id) });
			features.add(Map.of("type", "Feature", "properties", Map.of("code", name[0], "name", name[1]), "geometry",
					Map.of("type", "Polygon", "coordinates", List.of(Hull.ring(at, MARGIN)))));
		});
		return Map.of("type", "FeatureCollection", "generated", true, "features", features);
	}
}

package org.lifeline.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The zone map of a node: its compounds as a GeoJSON FeatureCollection of points with their zone, residents, the
 * day's new cases and whether they are a hard case, read from the kept figures of the latest day. The serialised
 * collection is kept per node until the figures are written again, so a city of 72,000 compounds is written as
 * JSON by one statement once per pass, not once per viewer.
 */
@Service
public class ZoneMap {

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
			return collection(node);
		}
		if (kept.size() >= KEPT_NODES) {
			kept.clear();
		}
		// one caller builds a node's collection while the others for that node wait for it
		return kept.compute(node.id(),
				(id, old) -> old != null && asOf.equals(old.asOf()) ? old : new Kept(asOf, collection(node)))
			.json();
	}

	/** The collection written by PostgreSQL itself (json_agg), so 72,000 features cost one statement. */
	byte[] collection(TerritoryNode node) {
		String json = jdbc.sql("""
				select json_build_object('type', 'FeatureCollection', 'territory', cast(:code as text), 'features',
				    coalesce(json_agg(json_build_object('type', 'Feature',
				        'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(p.lon, p.lat)),
				        'properties', json_build_object('code', f.code, 'name', f.name,
				            'zone', case when f.sealed_units > 0 then 'SEALED' when f.controlled_units > 0 then 'CONTROLLED'
				                         else 'PRECAUTION' end,
				            'residents', f.residents, 'newCases', f.new_cases, 'hardCase', h.compound_id is not null))
				        order by f.code), '[]'::json))::text
				from dashboard_figures f
				join territory_placement p on p.id = f.node_id
				left join dashboard_hard_case h on h.compound_id = f.node_id
				where f.kind = 'COMPOUND' and %s and p.lat is not null
				  and f.day = (select max(day) from dashboard_figures where node_id = :node)""".formatted(CompoundScope.figures(node)))
			.param("code", node.code())
			.param("node", node.id())
			.query(String.class)
			.single();
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private record Kept(OffsetDateTime asOf, byte[] json) {
	}
}

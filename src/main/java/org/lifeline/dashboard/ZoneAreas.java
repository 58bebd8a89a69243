package org.lifeline.dashboard;

import java.nio.charset.StandardCharsets;

import org.lifeline.territory.TerritoryKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zone map of a city or district drawn as one feature per street (or committee): at the centre of its
 * compounds, with its residents, zone units per zone, the day's new cases, its hard cases and its worst zone,
 * plus the box of its compounds so the page can zoom into it. A few hundred features, however many compounds.
 */
final class ZoneAreas {

	private ZoneAreas() {
	}

	static byte[] collection(JdbcClient jdbc, MapQuery query) {
		String child = query.level().scopeColumn();
		String within = query.node().kind() == TerritoryKind.CITY ? "true"
				: "p." + query.node().kind().scopeColumn() + " = :node";
		String json = jdbc.sql("""
				with area as (
				    select p.%1$s as id, avg(p.lon) as lon, avg(p.lat) as lat, count(*) as compounds,
				           min(p.lon) as west, min(p.lat) as south, max(p.lon) as east, max(p.lat) as north
				    from territory_placement p
				    where p.kind = 'COMPOUND' and p.lat is not null and %2$s
				    group by p.%1$s),
				hard as (
				    select p.%1$s as id, count(*) as cases
				    from dashboard_hard_case h join territory_placement p on p.id = h.compound_id
				    where %2$s
				    group by p.%1$s)
				select json_build_object('type', 'FeatureCollection', 'territory', cast(:code as text),
				    'level', cast(:level as text), 'features',
				    coalesce(json_agg(json_build_object('type', 'Feature',
				        'bbox', json_build_array(a.west, a.south, a.east, a.north),
				        'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(a.lon, a.lat)),
				        'properties', json_build_object('code', f.code, 'name', f.name, 'level', f.kind,
				            'zone', case when f.sealed_units > 0 then 'SEALED' when f.controlled_units > 0 then 'CONTROLLED'
				                         else 'PRECAUTION' end,
				            'residents', f.residents,
				            'units', json_build_object('SEALED', f.sealed_units, 'CONTROLLED', f.controlled_units,
				                                       'PRECAUTION', f.precaution_units),
				            'compounds', a.compounds, 'newCases', f.new_cases, 'hardCases', coalesce(h.cases, 0)))
				        order by f.code), '[]'::json))::text
				from area a
				join dashboard_figures f on f.node_id = a.id
				 and f.day = (select max(day) from dashboard_figures where node_id = :node)
				left join hard h on h.id = a.id""".formatted(child, within))
			.param("code", query.node().code())
			.param("level", query.level().name())
			.param("node", query.node().id())
			.query(String.class)
			.single();
		return json.getBytes(StandardCharsets.UTF_8);
	}
}

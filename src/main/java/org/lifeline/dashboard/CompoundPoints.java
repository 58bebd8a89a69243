package org.lifeline.dashboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every compound of the city with a position as of one pass of the figures: where it lies, which district, street
 * and committee it belongs to, and its GeoJSON feature already written by PostgreSQL (compact: no spaces,
 * positions to 6 decimals, about 10 cm). Read with one statement per
 * pass, so a node's compounds or those in a box the user zoomed into are picked in memory, not by a query per view.
 */
final class CompoundPoints {

	private final long[][] ancestors;

	private final double[] lon;

	private final double[] lat;

	private final byte[][] features;

	private CompoundPoints(List<Object[]> rows) {
		int n = rows.size();
		ancestors = new long[n][];
		lon = new double[n];
		lat = new double[n];
		features = new byte[n][];
		for (int i = 0; i < n; i++) {
			Object[] row = rows.get(i);
			ancestors[i] = (long[]) row[1];
			lon[i] = (double) row[2];
			lat[i] = (double) row[3];
			features[i] = (byte[]) row[4];
		}
	}

	/** The compounds of the latest day of the figures. */
	static CompoundPoints read(JdbcClient jdbc) {
		List<Object[]> rows = jdbc.sql("""
				select f.node_id, p.district_id, p.street_id, p.committee_id, p.lon, p.lat,
				       format('{"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},"properties":{"code":%s,'
				           || '"name":%s,"level":"COMPOUND","zone":"%s","residents":%s,"newCases":%s,"hardCase":%s}}',
				           round(cast(p.lon as numeric), 6), round(cast(p.lat as numeric), 6), to_json(f.code), to_json(f.name),
				           case when f.sealed_units > 0 then 'SEALED' when f.controlled_units > 0 then 'CONTROLLED'
				                else 'PRECAUTION' end,
				           f.residents, f.new_cases, case when h.compound_id is null then 'false' else 'true' end)
				from dashboard_figures f
				join territory_placement p on p.id = f.node_id
				left join dashboard_hard_case h on h.compound_id = f.node_id
				where f.kind = 'COMPOUND' and p.lat is not null
				  and f.day = (select max(day) from dashboard_figures
				               where node_id = (select id from territory_placement where kind = 'CITY' order by id limit 1))
				order by f.code""")
			.query((rs, n) -> new Object[] { rs.getLong(1),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(1) }, rs.getDouble(5),
					rs.getDouble(6), rs.getString(7).getBytes(StandardCharsets.UTF_8) })
			.list();
		return new CompoundPoints(rows);
	}

	/** The FeatureCollection of the node's compounds, only those in the box when there is one. */
	byte[] collection(MapQuery query) {
		TerritoryNode node = query.node();
		int depth = switch (node.kind()) {
			case CITY -> -1;
			case DISTRICT -> 0;
			case STREET -> 1;
			case COMMITTEE -> 2;
			default -> 3;
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		out.writeBytes(head(node).getBytes(StandardCharsets.UTF_8));
		boolean first = true;
		for (int i = 0; i < features.length; i++) {
			if ((depth < 0 || ancestors[i][depth] == node.id())
					&& (query.box() == null || query.box().contains(lon[i], lat[i]))) {
				if (!first) {
					out.write(',');
				}
				out.writeBytes(features[i]);
				first = false;
			}
		}
		out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String head(TerritoryNode node) {
		return "{\"type\":\"FeatureCollection\",\"territory\":\"" + node.code().replace("\\", "\\\\").replace("\"", "\\\"")
				+ "\",\"level\":\"COMPOUND\",\"features\":[";
	}
}

package org.lifeline.dashboard;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The zone map of a node as a GeoJSON FeatureCollection, read from the kept figures of the latest day. A city or
 * district answers one feature per street (or committee, {@link ZoneAreas}); a street, a committee or a box the
 * user zoomed into answers its compounds ({@link CompoundPoints}), each with its zone, residents, the day's new
 * cases and whether it is a hard case. Answers are kept until the figures are written again, so a pass costs one
 * statement per level and node, not one per viewer, and the version of the figures is the answer's ETag.
 */
@Service
public class ZoneMap {

	private static final int KEPT_ANSWERS = 512;

	private final JdbcClient jdbc;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private volatile Points points;

	ZoneMap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The node's map as drawn by default: streets for a city or district, compounds below. */
	public byte[] of(TerritoryNode node) {
		return of(MapQuery.of(node, null, null));
	}

	/**
	 * The pass the latest figures come from, or null before the first: the time they are true as of and the
	 * transaction that wrote them (two passes may carry the same time under a clock that stands still).
	 */
	Pass asOf() {
		return jdbc.sql("select figures_at, cast(cast(xmin as text) as bigint) from dashboard_refresh where id = 1")
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class) == null ? null
					: new Pass(rs.getObject(1, OffsetDateTime.class), rs.getLong(2)))
			.optional()
			.orElse(null);
	}

	/**
	 * The version of an answer, for its ETag: the same until the figures are written again. Weak, since the same
	 * answer goes out gzipped or not (and the server compresses only answers whose ETag is weak).
	 */
	static String version(MapQuery query, Pass asOf) {
		return asOf == null ? null
				: "W/\"map-" + query.key().replace(':', '-').replace(',', '_') + "-" + asOf.at().toInstant().toEpochMilli()
						+ "-" + asOf.writer() + "\"";
	}

	byte[] of(MapQuery query) {
		return of(query, asOf());
	}

	/** The FeatureCollection as JSON bytes for the figures as of that time. */
	byte[] of(MapQuery query, Pass asOf) {
		if (asOf == null) {
			return collection(query, null);
		}
		if (query.box() != null) {
			return compounds(asOf).collection(query);
		}
		if (kept.size() >= KEPT_ANSWERS) {
			kept.clear();
		}
		// one caller builds an answer while the others asking for it wait
		return kept.compute(query.key(),
				(key, old) -> old != null && asOf.equals(old.asOf()) ? old : new Kept(asOf, collection(query, asOf)))
			.json();
	}

	private byte[] collection(MapQuery query, Pass asOf) {
		if (query.level() != TerritoryKind.COMPOUND) {
			return ZoneAreas.collection(jdbc, query);
		}
		return (asOf == null ? CompoundPoints.read(jdbc) : compounds(asOf)).collection(query);
	}

	/** The city's compounds as of the pass, read once per pass by the first caller that needs them. */
	private CompoundPoints compounds(Pass asOf) {
		Points now = points;
		if (now != null && now.asOf().equals(asOf)) {
			return now.compounds();
		}
		synchronized (this) {
			if (points == null || !points.asOf().equals(asOf)) {
				points = new Points(asOf, CompoundPoints.read(jdbc));
			}
			return points.compounds();
		}
	}

	/** A pass of the figures: the time they are true as of and the transaction that wrote them. */
	record Pass(OffsetDateTime at, long writer) {
	}

	private record Kept(Pass asOf, byte[] json) {
	}

	private record Points(Pass asOf, CompoundPoints compounds) {
	}
}

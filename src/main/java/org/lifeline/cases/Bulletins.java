package org.lifeline.cases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the daily bulletin of a territory: the case figures in one pass over the territory's cases, the zone
 * units and residents per zone from the zones' and residents' read views, and the day's compounds.
 */
@Service
public class Bulletins {

	static final List<String> ZONES = List.of("SEALED", "CONTROLLED", "PRECAUTION");

	private final JdbcClient jdbc;

	private final Territory territory;

	private final Clock clock;

	Bulletins(JdbcClient jdbc, Territory territory, Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Bulletin of(LocalDate date, TerritoryScope scope) {
		Timestamp end = Timestamp.from(date.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
		int[] f = jdbc.sql("""
				select count(*) filter (where reported_on = :day and reported_type = 'CONFIRMED'),
				       count(*) filter (where reported_on = :day and reported_type = 'ASYMPTOMATIC'),
				       count(*) filter (where converted_on = :day),
				       count(*) filter (where reported_on = :day and found_by = 'CONTROL' and reported_type = 'CONFIRMED'),
				       count(*) filter (where reported_on = :day and found_by = 'CONTROL' and reported_type = 'ASYMPTOMATIC'),
				       count(*) filter (where discharged_on = :day and type = 'CONFIRMED'),
				       count(*) filter (where discharged_on = :day and type = 'ASYMPTOMATIC'),
				       count(*) filter (where admitted_at < :end and (discharged_at is null or discharged_at >= :end)),
				       count(*) filter (where reported_on < :day and reported_at < :end
				                          and (admitted_at is null or admitted_at >= :end))
				from positive_case c
				where %s and (reported_on <= :day) and (discharged_on is null or discharged_on >= :day)"""
			.formatted(scope.condition("c")))
			.param("day", Date.valueOf(date))
			.param("end", end)
			.query((rs, n) -> {
				int[] row = new int[9];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getInt(i + 1);
				}
				return row;
			})
			.single();
		int confirmedReported = f[0];
		int asymptomatic = f[1];
		int conversions = f[2];
		int underControl = f[3] + f[4];
		return new Bulletin(date, scope.code(), name(scope), confirmedReported + conversions, asymptomatic,
				conversions, underControl, confirmedReported + asymptomatic - underControl, f[5] + f[6], f[7], f[8],
				zones(scope), compounds(date, scope), new Bulletin.Detail(confirmedReported, f[3], f[4], f[5], f[6]));
	}

	private Map<String, Bulletin.ZoneFigures> zones(TerritoryScope scope) {
		Map<String, Bulletin.ZoneFigures> zones = new LinkedHashMap<>();
		ZONES.forEach(zone -> zones.put(zone, new Bulletin.ZoneFigures(0, 0)));
		jdbc.sql("""
				select z.zone, count(*), coalesce(sum(r.residents), 0)
				from zone_unit_summary z
				left join compound_resident_count r on r.compound_id = z.compound_id and %s
				where %s
				group by z.zone""".formatted(scope.condition("r"), scope.condition("z")))
			.query((rs, n) -> zones.put(rs.getString(1), new Bulletin.ZoneFigures(rs.getLong(2), rs.getLong(3))))
			.list();
		return zones;
	}

	private List<Bulletin.CompoundLine> compounds(LocalDate date, TerritoryScope scope) {
		Map<String, String> districtNames = new LinkedHashMap<>();
		return jdbc.sql("""
				select distinct c.district_code, c.compound_name from positive_case c
				where c.reported_on = :day and %s order by c.district_code, c.compound_name""".formatted(scope.condition("c")))
			.param("day", Date.valueOf(date))
			.query((rs, n) -> {
				String code = rs.getString(1);
				String district = districtNames.computeIfAbsent(code,
						c -> territory.findByCode(c).map(node -> node.name()).orElse(c));
				return new Bulletin.CompoundLine(code, district, rs.getString(2));
			})
			.list();
	}

	private String name(TerritoryScope scope) {
		if (scope.isEverything()) {
			return territory.city().name();
		}
		return territory.findById(scope.nodeId()).map(node -> node.name()).orElse(scope.code());
	}
}

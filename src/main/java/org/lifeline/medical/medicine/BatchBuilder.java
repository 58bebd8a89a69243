package org.lifeline.medical.medicine;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the day's batches in three set-based inserts: one batch per compound of the scope that has residents on
 * long-term medication, its lines (one per resident and medicine, with the quantity and note kept for the
 * resident) and its doors (one per household). A compound that already has its batch for the day is left as it
 * is, so building twice changes nothing.
 * <p>
 * The preparing hospital is the one chosen for the compound when it is open, else the open GENERAL hospital of
 * the compound's district nearest to the compound; a compound left without one is reported and gets no batch.
 */
@Component
class BatchBuilder {

	static final String PREPARING_HOSPITAL = """
			select h.code from hospital h
			left join medicine_compound_hospital chosen on chosen.compound_id = c.id and chosen.hospital_code = h.code
			where h.open and (chosen.compound_id is not null
			    or (h.district_id = c.district_id and 'GENERAL' = any (h.kinds)))
			order by chosen.compound_id is null, power(h.lat - coalesce(c.lat, h.lat), 2)
			    + power((h.lon - coalesce(c.lon, h.lon)) * cos(radians(h.lat)), 2), h.code
			limit 1""";

	private final JdbcClient jdbc;

	BatchBuilder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	BuildOutcome build(LocalDate day, TerritoryScope scope, String actor, Instant now) {
		String compounds = "c.kind = 'COMPOUND' and " + scope.condition("c")
				+ " and exists (select 1 from resident_facts r where r.compound_id = c.id and r.long_term_medicines <> '{}')";
		int[] made = jdbc.sql("""
				with made as (
				    insert into medicine_batch (run_date, compound_id, committee_id, street_id, district_id,
				        hospital_code, status, built_at, built_by, updated_at)
				    select :day, c.id, c.committee_id, c.street_id, c.district_id, h.code, 'REQUESTED', :now, :actor, :now
				    from territory_placement c
				    cross join lateral (%s) h
				    where %s
				    on conflict (compound_id, run_date) do nothing
				    returning id, compound_id
				), steps as (
				    insert into medicine_batch_step (batch_id, at, actor, action, note)
				    select id, :now, :actor, 'REQUESTED', null from made
				), lines as (
				    insert into medicine_line (batch_id, resident_id, household_id, building_id, medicine, quantity,
				        note, status)
				    select m.id, r.id, r.household_id, r.building_id, med.name, coalesce(n.quantity, 1), n.note, 'PENDING'
				    from made m
				    join resident_facts r on r.compound_id = m.compound_id and r.long_term_medicines <> '{}'
				    cross join lateral (select distinct unnest(r.long_term_medicines) as name) med
				    left join medicine_need n on n.resident_id = r.id and n.medicine = med.name
				    returning batch_id, household_id, building_id
				), doors as (
				    insert into medicine_drop (batch_id, household_id, building_id, outcome)
				    select distinct batch_id, household_id, building_id, 'PENDING' from lines
				    returning 1
				)
				select (select count(*) from made) as batches, (select count(*) from doors) as doors
				""".formatted(PREPARING_HOSPITAL, compounds))
			.param("day", Date.valueOf(day))
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.query((rs, n) -> new int[] { rs.getInt("batches"), rs.getInt("doors") })
			.single();
		List<String> withoutHospital = jdbc.sql("select c.code from territory_placement c where " + compounds
				+ " and not exists (" + PREPARING_HOSPITAL + ") order by c.code limit 100")
			.query(String.class)
			.list();
		return new BuildOutcome(day, made[0], made[1], withoutHospital);
	}

	/** What a build did: batches and doors made for the day, and compounds left without a hospital. */
	public record BuildOutcome(LocalDate day, int batches, int households, List<String> compoundsWithoutHospital)
			implements java.io.Serializable {
	}
}

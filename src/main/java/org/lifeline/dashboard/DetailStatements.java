package org.lifeline.dashboard;

/**
 * The statements of the summary passes besides the day's figures: residents per compound and vulnerable residents
 * per node and tag (the slower pass), today's requests per category, free beds per kind and the hard cases.
 */
final class DetailStatements {

	private DetailStatements() {
	}

	static final String COUNT_RESIDENTS = """
			insert into dashboard_compound_residents (compound_id, residents, vulnerable, counted_at)
			select compound_id, count(*), count(*) filter (where tags <> '{}'), :now
			from resident_facts group by compound_id
			on conflict (compound_id) do update
			set residents = excluded.residents, vulnerable = excluded.vulnerable, counted_at = excluded.counted_at
			""";

	static final String DROP_UNCOUNTED = "delete from dashboard_compound_residents where counted_at < :now";

	static final String DELETE_VULNERABLE = "delete from dashboard_vulnerable";

	static final String COUNT_VULNERABLE = """
			insert into dashboard_vulnerable (node_id, tag, residents)
			select coalesce(compound_id, committee_id, street_id, district_id,
			                (select id from territory_placement where kind = 'CITY' limit 1)), tag, count(*)
			from resident_facts, unnest(tags) as tag
			where tags <> '{}'
			group by grouping sets ((district_id, street_id, committee_id, compound_id, tag),
			                        (district_id, street_id, committee_id, tag), (district_id, street_id, tag),
			                        (district_id, tag), (tag))
			""";

	static final String DELETE_REQUESTS = "delete from dashboard_requests";

	static final String COUNT_REQUESTS = """
			insert into dashboard_requests (node_id, category, open, overdue)
			select coalesce(compound_id, committee_id, street_id, district_id,
			                (select id from territory_placement where kind = 'CITY' limit 1)), category, count(*),
			       count(*) filter (where acknowledged_at is null and ack_due_at < :asOf or resolve_due_at < :asOf)
			from request_timeline
			where status not in ('RESOLVED', 'CLOSED')
			group by grouping sets ((district_id, street_id, committee_id, compound_id, category),
			                        (district_id, street_id, committee_id, category), (district_id, street_id, category),
			                        (district_id, category), (category))
			""";

	static final String DELETE_BEDS = "delete from dashboard_beds";

	static final String COUNT_BEDS = """
			insert into dashboard_beds (node_id, bed_kind, capacity, free)
			select coalesce(case when grouping(district_id) = 0 then district_id end,
			                (select id from territory_placement where kind = 'CITY' limit 1)), bed_kind,
			       sum(capacity), sum(capacity - occupied - held)
			from bed_availability
			where open
			group by grouping sets ((district_id, bed_kind), (bed_kind))
			having grouping(district_id) = 1 or district_id is not null
			""";

	static final String DELETE_HARD_CASES = "delete from dashboard_hard_case";

	static final String FIND_HARD_CASES = """
			with recent as (
			    select compound_id, count(distinct reported_on) as positive_days
			    from case_timeline where reported_on > cast(:day as date) - 5 and reported_on <= :day
			    group by compound_id
			),
			long_sealed as (
			    select compound_id, since from compound_zone_state
			    where zone = 'SEALED' and since < :asOf - interval '14 days'
			),
			hard as (
			    select coalesce(r.compound_id, s.compound_id) as compound_id, coalesce(r.positive_days, 0) as positive_days,
			           s.since
			    from (select * from recent where positive_days >= 3) r
			    full join long_sealed s on s.compound_id = r.compound_id
			),
			last_positive as (
			    select compound_id, max(reported_on) as last_positive from case_timeline
			    where compound_id in (select compound_id from hard) group by compound_id
			)
			insert into dashboard_hard_case (compound_id, district_id, street_id, code, name, positive_days, sealed_since,
			    last_positive, as_of)
			select h.compound_id, p.district_id, p.street_id, p.code, p.name, h.positive_days,
			       (select since from compound_zone_state z where z.compound_id = h.compound_id and z.zone = 'SEALED'),
			       l.last_positive, :asOf
			from hard h
			join territory_placement p on p.id = h.compound_id
			left join last_positive l on l.compound_id = h.compound_id
			""";
}

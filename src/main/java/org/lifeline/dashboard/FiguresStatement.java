package org.lifeline.dashboard;

/**
 * The set-based statement that writes one day's figures for every territory node down to the compound: the
 * figures of each compound from the published views of zones, cases, requests, isolation, medical, screening and
 * supplies, rolled up to committee, street, district and city with grouping sets in the same statement.
 * <p>
 * Everything that has a time is counted as of {@code :asOf}, so the same statement rebuilds an earlier day. Only
 * today's pass ({@code :live}) reads the current zones, free beds, trips, coverage and pending deliveries; an
 * earlier day takes its zones from its cases' dates under the 11 April 2022 rules and its free beds from the
 * cases in facilities then.
 */
final class FiguresStatement {

	private FiguresStatement() {
	}

	static final String DELETE_DAY = "delete from dashboard_figures where day = :day";

	static final String INSERT_DAY = """
			with compound as (
			    select id as compound_id, committee_id, street_id, district_id
			    from territory_placement where kind = 'COMPOUND'
			),
			cases as (
			    select compound_id,
			           count(*) filter (where reported_on = :day) as new_cases,
			           count(*) filter (where reported_on = :day and found_by = 'CONTROL') as new_under_control,
			           count(*) filter (where reported_on = :day and found_by = 'SCREENING') as new_in_screening,
			           count(*) filter (where reported_at <= :asOf and not_moved and not_admitted and not_out) as awaiting_transfer,
			           count(*) filter (where reported_at <= :asOf and not not_moved and not_admitted and not_out) as in_transfer,
			           count(*) filter (where reported_at <= :asOf and not not_admitted and not_out) as in_facilities,
			           count(*) filter (where reported_at <= :asOf - interval '24 hours' and not_admitted and not_out) as backlog_over_24h,
			           count(*) filter (where reported_on < :day and reported_at <= :asOf and not_admitted and not_out) as clear_daily_backlog,
			           max(reported_on) filter (where found_by = 'SCREENING') as last_screening_positive,
			           max(reported_on) as last_positive
			    from (select compound_id, reported_on, reported_at, found_by,
			                 transfer_started_at is null or transfer_started_at > :asOf as not_moved,
			                 admitted_at is null or admitted_at > :asOf as not_admitted,
			                 discharged_at is null or discharged_at > :asOf as not_out
			          from case_timeline where reported_at <= :asOf or reported_on <= :day) t
			    group by compound_id
			),
			zone as (
			    select compound_id, zone from zone_unit_summary where :live
			    union all
			    select c.compound_id, case when cases.last_positive > :day - 7 then 'SEALED'
			                              when cases.last_positive > :day - 14 then 'CONTROLLED' else 'PRECAUTION' end
			    from compound c left join cases on cases.compound_id = c.compound_id where not :live
			),
			requests as (
			    select compound_id,
			           count(*) as open_requests,
			           count(*) filter (where (acknowledged_at is null or acknowledged_at > :asOf) and ack_due_at < :asOf
			                                  or resolve_due_at < :asOf) as overdue_requests
			    from request_timeline
			    where filed_at <= :asOf
			      and case when :live then status not in ('RESOLVED', 'CLOSED')
			               else (resolved_at is null or resolved_at > :asOf) and (closed_at is null or closed_at > :asOf) end
			    group by compound_id
			),
			trips as (
			    select compound_id,
			           count(*) filter (where status in ('REQUESTED', 'ASSIGNED')) as trips_open,
			           count(*) filter (where status in ('EN_ROUTE', 'PICKED_UP', 'AT_HOSPITAL', 'RETURNING')) as trips_under_way
			    from trip_timeline
			    where :live and status in ('REQUESTED', 'ASSIGNED', 'EN_ROUTE', 'PICKED_UP', 'AT_HOSPITAL', 'RETURNING')
			    group by compound_id
			),
			deliveries as (
			    select compound_id, count(*) as deliveries_pending from delivery_pending where :live group by compound_id
			),
			checkins as (
			    select compound_id, count(*) as checkins_missed from checkin_missed where day = :day group by compound_id
			),
			coverage as (
			    select compound_id, residents as screening_residents, residents_sampled as screening_sampled
			    from screening_unit_coverage where :live
			),
			per_compound as (
			    select c.*, coalesce(r.residents, 0) as residents, coalesce(r.vulnerable, 0) as vulnerable,
			           coalesce(z.zone, 'PRECAUTION') as zone,
			           coalesce(cs.new_cases, 0) as new_cases, coalesce(cs.new_under_control, 0) as new_under_control,
			           coalesce(cs.new_in_screening, 0) as new_in_screening,
			           coalesce(cs.awaiting_transfer, 0) as awaiting_transfer, coalesce(cs.in_transfer, 0) as in_transfer,
			           coalesce(cs.in_facilities, 0) as in_facilities, coalesce(cs.backlog_over_24h, 0) as backlog_over_24h,
			           coalesce(cs.clear_daily_backlog, 0) as clear_daily_backlog, cs.last_screening_positive,
			           coalesce(rq.open_requests, 0) as open_requests, coalesce(rq.overdue_requests, 0) as overdue_requests,
			           coalesce(tr.trips_open, 0) as trips_open, coalesce(tr.trips_under_way, 0) as trips_under_way,
			           coalesce(d.deliveries_pending, 0) as deliveries_pending,
			           coalesce(cv.screening_residents, 0) as screening_residents,
			           coalesce(cv.screening_sampled, 0) as screening_sampled,
			           coalesce(ck.checkins_missed, 0) as checkins_missed
			    from compound c
			    left join dashboard_compound_residents r on r.compound_id = c.compound_id
			    left join zone z on z.compound_id = c.compound_id
			    left join cases cs on cs.compound_id = c.compound_id
			    left join requests rq on rq.compound_id = c.compound_id
			    left join trips tr on tr.compound_id = c.compound_id
			    left join deliveries d on d.compound_id = c.compound_id
			    left join coverage cv on cv.compound_id = c.compound_id
			    left join checkins ck on ck.compound_id = c.compound_id
			),
			rolled as (
			    select case when grouping(compound_id) = 0 then compound_id when grouping(committee_id) = 0 then committee_id
			                when grouping(street_id) = 0 then street_id when grouping(district_id) = 0 then district_id
			                else (select id from territory_placement where kind = 'CITY' limit 1) end as node_id,
			           sum(residents) as residents, sum(vulnerable) as vulnerable,
			           count(*) filter (where zone = 'SEALED') as sealed_units,
			           coalesce(sum(residents) filter (where zone = 'SEALED'), 0) as sealed_residents,
			           count(*) filter (where zone = 'CONTROLLED') as controlled_units,
			           coalesce(sum(residents) filter (where zone = 'CONTROLLED'), 0) as controlled_residents,
			           count(*) filter (where zone = 'PRECAUTION') as precaution_units,
			           coalesce(sum(residents) filter (where zone = 'PRECAUTION'), 0) as precaution_residents,
			           sum(open_requests) as open_requests, sum(overdue_requests) as overdue_requests,
			           sum(new_cases) as new_cases, sum(new_under_control) as new_under_control,
			           sum(new_in_screening) as new_in_screening, sum(awaiting_transfer) as awaiting_transfer,
			           sum(in_transfer) as in_transfer, sum(in_facilities) as in_facilities,
			           sum(backlog_over_24h) as backlog_over_24h, sum(clear_daily_backlog) as clear_daily_backlog,
			           sum(trips_open) as trips_open, sum(trips_under_way) as trips_under_way,
			           sum(screening_residents) as screening_residents, sum(screening_sampled) as screening_sampled,
			           sum(deliveries_pending) as deliveries_pending, sum(checkins_missed) as checkins_missed,
			           max(last_screening_positive) as last_screening_positive,
			           grouping(district_id) = 0 and grouping(street_id) = 1 as district_level,
			           grouping(district_id) = 1 as city_level, district_id
			    from per_compound
			    group by grouping sets ((district_id, street_id, committee_id, compound_id),
			                            (district_id, street_id, committee_id), (district_id, street_id), (district_id), ())
			),
			beds_now as (
			    select district_id, sum(capacity) as capacity, sum(capacity - occupied - held) as free
			    from bed_availability where :live and open group by district_id
			),
			beds_then as (
			    select b.district_id, sum(b.capacity) as capacity, sum(b.capacity) - coalesce(sum(o.occupied), 0) as free
			    from (select district_id, facility_code, sum(capacity) as capacity from bed_availability
			          where not :live group by district_id, facility_code) b
			    left join (select facility_code, count(*) as occupied from case_timeline
			               where admitted_at <= :asOf and (discharged_at is null or discharged_at > :asOf)
			               group by facility_code) o on o.facility_code = b.facility_code
			    group by b.district_id
			),
			beds as (
			    select * from beds_now union all select * from beds_then
			)
			insert into dashboard_figures (node_id, day, kind, code, name, parent_id, district_id, street_id, residents,
			    vulnerable, sealed_units, sealed_residents, controlled_units, controlled_residents, precaution_units,
			    precaution_residents, open_requests, overdue_requests, new_cases, new_under_control, new_in_screening,
			    awaiting_transfer, in_transfer, in_facilities, backlog_over_24h, clear_daily_backlog, beds_capacity,
			    beds_free, trips_open, trips_under_way, screening_residents, screening_sampled, deliveries_pending,
			    checkins_missed, last_screening_positive, as_of)
			select r.node_id, :day, p.kind, p.code, p.name, p.parent_id, p.district_id, p.street_id, r.residents,
			       r.vulnerable, r.sealed_units, r.sealed_residents, r.controlled_units, r.controlled_residents,
			       r.precaution_units, r.precaution_residents, r.open_requests, r.overdue_requests, r.new_cases,
			       r.new_under_control, r.new_in_screening, r.awaiting_transfer, r.in_transfer, r.in_facilities,
			       r.backlog_over_24h, r.clear_daily_backlog,
			       coalesce(case when r.city_level then (select sum(capacity) from beds)
			                     when r.district_level then (select sum(capacity) from beds where beds.district_id = r.district_id) end, 0),
			       coalesce(case when r.city_level then (select sum(free) from beds)
			                     when r.district_level then (select sum(free) from beds where beds.district_id = r.district_id) end, 0),
			       r.trips_open, r.trips_under_way, r.screening_residents, r.screening_sampled, r.deliveries_pending,
			       r.checkins_missed, r.last_screening_positive, :asOf
			from rolled r
			join territory_placement p on p.id = r.node_id
			""";
}

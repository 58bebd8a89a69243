-- The task-force boards show their queues themselves (issue 17, point 4). Each part below is owned by the module
-- named in its comment and documented in that module's package-info; the boards read the queues through these
-- views and the views published before (case_timeline, request_timeline, trip_timeline), filtered by a district or
-- street id and bounded to the open items, so a district board reads an index range, never a whole table.

-- Owned by cases: positives still waiting (reported, awaiting transfer, in transfer) by district, oldest first
-- (the street index positive_case_waiting_idx exists since V75).
create index positive_case_waiting_district_idx on positive_case (district_id, reported_at)
    where status in ('REPORTED', 'AWAITING_TRANSFER', 'IN_TRANSFER');

-- Owned by requests: requests not yet resolved by district and street, oldest first.
create index service_request_open_district_idx on service_request (district_id, filed_at)
    where status not in ('RESOLVED', 'CLOSED');
create index service_request_open_street_idx on service_request (street_id, filed_at)
    where status not in ('RESOLVED', 'CLOSED');

-- Owned by supplies. The deliveries still to reach residents as a work queue: one row per government package
-- round and compound (households still without their package) and one per group buy confirmed by its supplier
-- but not yet at the gate, with the time it is due (the end of the round's slot; the group buy's slot, else the
-- end of its delivery day) and how many households wait for it.
create view delivery_queue as
select 'GOVERNMENT' as kind, d.round_id as ref_id, d.compound_id, d.committee_id, d.street_id, d.district_id,
       r.slot_end as due_at, count(*) as households
from government_delivery d
join government_round r on r.id = d.round_id
where d.delivered_at is null
group by d.round_id, d.compound_id, d.committee_id, d.street_id, d.district_id, r.slot_end
union all
select 'GROUP_BUY' as kind, g.id as ref_id, g.compound_id, g.committee_id, g.street_id, g.district_id,
       coalesce(g.slot_end, (g.delivery_day + 1)::timestamptz) as due_at,
       (select count(distinct o.household_id) from group_order o where o.group_buy_id = g.id and o.status = 'PLACED') as households
from group_buy g
where g.status = 'CONFIRMED';

-- The households still waiting, by district and street, carrying the columns the queue groups by so the count
-- reads the index alone; and the group buys confirmed but not yet delivered.
create index government_delivery_pending_district_idx on government_delivery (district_id, round_id, compound_id)
    include (committee_id, street_id) where delivered_at is null;
create index government_delivery_pending_street_idx on government_delivery (street_id, round_id, compound_id)
    include (committee_id, district_id) where delivered_at is null;
create index group_buy_confirmed_district_idx on group_buy (district_id) where status = 'CONFIRMED';
create index group_buy_confirmed_street_idx on group_buy (street_id) where status = 'CONFIRMED';

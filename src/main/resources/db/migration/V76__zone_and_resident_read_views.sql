-- Read views the bulletin needs from two other modules, created here until their owners publish them.

-- Owned by zones: the zone of every zone unit (a compound), with the territory ids a scope filters on.
-- A compound with no zone row counts as PRECAUTION. Zones may replace this view (same columns) when it
-- computes zones itself.
create view zone_unit_summary as
select c.id as compound_id, c.district_id, c.street_id, c.committee_id, coalesce(z.zone, 'PRECAUTION') as zone
from territory_node c
left join compound_zone z on z.compound_id = c.id
where c.kind = 'COMPOUND';

-- Owned by residents: how many residents live in each compound. Filter by district, street or committee so the
-- count runs over those residents only.
create view compound_resident_count as
select district_id, street_id, committee_id, compound_id, count(*) as residents
from resident
group by district_id, street_id, committee_id, compound_id;

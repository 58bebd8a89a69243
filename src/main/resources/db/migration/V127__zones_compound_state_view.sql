-- Owned by zones. Each compound's zone with the time it has been in it (a compound without a zone row counts as
-- PRECAUTION since never), for readers such as the command summaries' hard cases (sealed more than 14 days).
create view compound_zone_state as
select c.id as compound_id, coalesce(z.zone, 'PRECAUTION') as zone, z.since
from territory_node c
left join compound_zone z on z.compound_id = c.id
where c.kind = 'COMPOUND';

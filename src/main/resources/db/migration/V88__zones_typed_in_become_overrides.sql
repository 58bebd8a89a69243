-- module: zones
-- Zones typed in by a person before zones were computed become district overrides without an end date, so the
-- computation records what the unit would be while the person's decision still holds until someone lifts it.
insert into zone_unit (unit_id, kind, compound_id, committee_id, street_id, district_id, code, name, zone, since,
                       override_zone, override_reason, override_by, override_at)
select z.compound_id, 'COMPOUND', z.compound_id, n.committee_id, n.street_id, z.district_id, n.code, n.name, z.zone,
       z.since, z.zone, z.reason, z.changed_by, z.since
from compound_zone z
join territory_placement n on n.id = z.compound_id
on conflict (unit_id) do nothing;

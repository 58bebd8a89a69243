-- Owned by isolation. Beds of every facility by kind: capacity, occupied and held, with the facility's district
-- (none for a city shelter), kind and whether it is open.
create view bed_availability as
select f.id as facility_id, f.code as facility_code, f.kind as facility_kind, f.district_id, f.open,
       b.kind as bed_kind, b.capacity, b.occupied, b.held
from isolation_facility f
join isolation_bed b on b.facility_id = f.id;

-- module: zones
-- A recomputation rewrites the zone columns of every unit that changed (68,605 of 72,000 units when a rule-set
-- switch or a bulk arrival moves most of the city). With room left on each page and no index on the zone itself,
-- PostgreSQL writes those new row versions on the same page without touching any index (heap-only tuples).
-- The district listing filters its district's units by zone in the rows; the index keeps the district alone.
alter table zone_unit set (fillfactor = 50);
drop index zone_unit_district_idx;
create index zone_unit_district_idx on zone_unit (district_id);

-- module: territory
-- Owned by territory. The territory's published read view: where every node sits (its kind, code, name, place
-- in the tree with the ids of its ancestors, address and position). Other modules join this view, never
-- territory_node itself. Zones lists every compound of a scope with its zone through it. "create or replace"
-- with the same columns as the territory's own definition, so it is a no-op where territory already made it.
create or replace view territory_placement as
select id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id, address, lat, lon
from territory_node;

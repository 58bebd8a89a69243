-- module: territory
-- The territory's published read view: where every node sits (its kind, code, name, place in the tree with the
-- ids of its ancestors, address and position). Other modules join this view, never territory_node itself, so
-- the territory may change its table without breaking them; a plain view, so a join through it plans exactly as
-- a join on the table and set-based queries stay one statement.
create view territory_placement as
select id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id, address, lat, lon
from territory_node;

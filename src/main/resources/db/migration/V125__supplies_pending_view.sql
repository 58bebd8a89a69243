-- Owned by supplies. Deliveries still to reach residents: government packages not yet delivered to a household
-- and group buys confirmed by the supplier but not yet delivered to the gate, one row each.
create view delivery_pending as
select 'GOVERNMENT' as kind, compound_id, committee_id, street_id, district_id
from government_delivery where delivered_at is null
union all
select 'GROUP_BUY' as kind, compound_id, committee_id, street_id, district_id
from group_buy where status = 'CONFIRMED';

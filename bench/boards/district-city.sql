-- Writes the synthetic city of bench/boards/run (see there); foreign keys are off while it loads.
set session_replication_role = replica;
insert into territory_node (id, code, kind, name) values (1, 'C', 'CITY', '市');
insert into territory_node (id, code, kind, name, parent_id, district_id)
select 10+d, 'D'||d, 'DISTRICT', '区'||d, 1, 10+d from generate_series(0,15) d;
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id)
select 100+s, 'S'||s, 'STREET', '街道'||s, 10+s/14, 10+s/14, 100+s from generate_series(0,217) s where s/14 < 16;
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id)
select 1000+c, 'M'||c, 'COMMITTEE', '居委'||c, 100+c/30, 10+c/420, 100+c/30, 1000+c from generate_series(0,6719) c;
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id)
select 100000+i, 'P'||i, 'COMPOUND', '小区'||i, 1000+i/11, 10+i/4620, 100+i/330, 1000+i/11, 100000+i from generate_series(0,73919) i;
-- 400k cases over 30 days, 5% still waiting
insert into positive_case (resident_id, household_id, building_id, compound_id, committee_id, street_id, district_id,
  compound_code, compound_name, district_code, type, reported_type, found_by, source, status, reported_on, reported_at,
  reported_by, birth_date, admitted_at, discharged_at, discharged_on)
select g, g, g, 100000+i, 1000+i/11, 100+i/330, 10+i/4620, 'P'||i, '小区'||i, 'D'||(i/4620), 'ASYMPTOMATIC', 'ASYMPTOMATIC',
  'CONTROL', 'SCREENING', st, (at)::date, at, 'x', date '1970-01-01',
  case when st in ('ADMITTED','DISCHARGED') then at + interval '10 hours' end,
  case when st = 'DISCHARGED' then at + interval '8 days' end, case when st = 'DISCHARGED' then (at + interval '8 days')::date end
from (select g, (g::bigint * 7919) % 73920 as i, now() - (g % 30) * interval '1 day' - (g % 1440) * interval '1 minute' as at,
             case when g % 20 = 0 then 'AWAITING_TRANSFER' when g % 3 = 0 then 'DISCHARGED' else 'ADMITTED' end as st
      from generate_series(1, 400000) g) x;
-- 1.35M requests, 8% open
insert into service_request (token, category, channel, status, description, compound_id, committee_id, street_id, district_id,
  filed_by, filed_at, ack_due_at, resolve_due_at, updated_at, household_id, critical)
select 't'||g, (array['FOOD','MEDICAL','MEDICINE','OTHER'])[1 + g % 4], 'HOTLINE', case when g % 12 = 0 then 'NEW' else 'CLOSED' end, 'x',
  100000+i, 1000+i/11, 100+i/330, 10+i/4620, 'x', at, at + interval '2 hours', at + interval '24 hours', at, g, false
from (select g, (g::bigint * 104729) % 73920 as i, now() - (g % 43200) * interval '1 minute' as at from generate_series(1, 1350000) g) x;
-- 150k trips, 2% open
insert into trip (resident_id, household_id, compound_id, committee_id, street_id, district_id, need, hospital_code, pickup_lat, pickup_lon,
  status, requested_at, ready_at, created_by, updated_at)
select g, g, 100000+i, 1000+i/11, 100+i/330, 10+i/4620, 'OTHER', 'H', 31, 121, case when g % 50 = 0 then 'REQUESTED' else 'HOME' end,
  at, at, 'x', at
from (select g, (g::bigint * 31) % 73920 as i, now() - (g % 43200) * interval '1 minute' as at from generate_series(1, 150000) g) x;
-- 20 government rounds, 2M deliveries, 10% pending
insert into government_round (id, name, node_id, contents, slot_start, slot_end, created_by, created_at)
select r, 'r'||r, 1, '{}', now() - r * interval '1 day', now() - r * interval '1 day' + interval '8 hours', 'x', now() from generate_series(1,20) r;
insert into government_delivery (round_id, household_id, building_id, compound_id, committee_id, street_id, district_id, vulnerable, position, delivered_at)
select 1 + g % 20, g, g, 100000+i, 1000+i/11, 100+i/330, 10+i/4620, false, 1, case when g % 10 = 0 then null else now() end
from (select g, (g::bigint * 13) % 73920 as i from generate_series(1, 2000000) g) x;
insert into group_buy (supplier_id, compound_id, committee_id, street_id, district_id, status, deadline, delivery_day, opened_by, opened_at)
select 1, 100000+i, 1000+i/11, 100+i/330, 10+i/4620, case when g % 20 = 0 then 'CONFIRMED' else 'RECEIVED' end, now(), current_date, 'x', now()
from (select g, (g::bigint * 17) % 73920 as i from generate_series(1, 100000) g) x;
-- compound figures: 30 days
insert into dashboard_figures (node_id, day, kind, code, name, parent_id, district_id, street_id, screening_residents, screening_sampled, checkins_missed, as_of)
select 100000+i, current_date - d, 'COMPOUND', 'P'||i, '小区'||i, 1000+i/11, 10+i/4620, 100+i/330, 340, 340 - (i % 20 = 0)::int * 20, (i % 13 = 0)::int * (i % 5), now()
from generate_series(0,73919) i, generate_series(0,29) d;
set session_replication_role = origin;
analyze;

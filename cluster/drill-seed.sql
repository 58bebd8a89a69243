-- What the drill's lab uploads and group-buy orders write into, beside the intake district (bench/intake/seed.sql
-- comes first): a screening round of the district with :upload_files × :upload_rows closed tubes
-- (DRILL-T0000000 …; lab file n carries the results of tubes n × :upload_rows to (n + 1) × :upload_rows - 1), a
-- lab with a token scoped to results, and :group_buys open group buys, one per compound, each of one package with
-- :order_stock in stock, ordered for the compound's households by a street task force's token.
\set ON_ERROR_STOP on
begin;
insert into screening_round (territory_id, district_id, round_date, rule_set, planned_by, created_at, starts_at)
values (900000002, 900000002, current_date, 'SHANGHAI_2022_04', 'drill', now(), now());
insert into screening_tube (tube_code, round_id, district_id, kind, pool_size, sampled_by, sampled_at, closed_at)
select 'DRILL-T' || lpad(n::text, 7, '0'), currval(pg_get_serial_sequence('screening_round', 'id')), 900000002,
    'PCR_POOL', 10, 'drill', now() - interval '2 hours', now() - interval '2 hours'
from generate_series(0, :upload_files * :upload_rows - 1) n;

insert into app_user (username, display_name, password_hash, role, territory_id, created_by)
values ('drill-lab', '演练检测机构', '{noop}drill-password-1', 'LAB', 900000001, 'drill'),
       ('drill-orders', '演练街道专班', '{noop}drill-password-1', 'STREET_TASK_FORCE', 900000003, 'drill');
insert into api_token (user_id, token_hash, label, scopes)
select id, encode(sha256('ll_drill-lab-token'::bytea), 'hex'), 'drill lab', '{LAB_RESULTS}' from app_user
where username = 'drill-lab';
insert into api_token (user_id, token_hash, label)
select id, encode(sha256('ll_drill-orders-token'::bytea), 'hex'), 'drill orders' from app_user
where username = 'drill-orders';

insert into supplier (name, certificate_no, valid_until, district_id)
values ('演练保供超市', 'DRILL-SUPPLIER', current_date + 30, 900000002);
insert into supply_package (supplier_id, name, contents, price_fen, daily_stock)
select s.id, '演练套餐 ' || p, '{大米 5kg,鸡蛋 30枚}', 9900, :order_stock
from supplier s cross join generate_series(0, :group_buys - 1) p where s.certificate_no = 'DRILL-SUPPLIER';
insert into group_buy (supplier_id, compound_id, committee_id, street_id, district_id, status, deadline, delivery_day,
    slot_start, slot_end, opened_by, opened_at)
select k.supplier_id, 900001000 + p, 900000100 + p / 10, 900000003, 900000002, 'OPEN', now() + interval '1 day',
    current_date + 2, (current_date + 2) + time '09:00', (current_date + 2) + time '11:00', 'drill', now()
from supply_package k cross join lateral (select substring(k.name from 6)::int as p) n
where k.name like '演练套餐 %';
insert into group_buy_item (group_buy_id, package_id, name, price_fen)
select g.id, k.id, k.name, k.price_fen from group_buy g
join supply_package k on k.name = '演练套餐 ' || (g.compound_id - 900001000)
where g.opened_by = 'drill';
commit;
analyze;

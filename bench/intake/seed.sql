-- A district for the intake benchmark: 10 committees, 100 compounds, 1,000 buildings, :households households
-- with two residents each (every tenth resident an elderly person living alone), and a hotline operator with
-- a password and an API token.
\set ON_ERROR_STOP on
begin;
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id)
values (900000001, 'BENCH-CITY', 'CITY', '基准市', null, null, null, null, null);
insert into territory_node (id, code, kind, name, parent_id, district_id)
values (900000002, 'BENCH-D', 'DISTRICT', '基准区', 900000001, 900000002);
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id)
values (900000003, 'BENCH-S', 'STREET', '基准街道', 900000002, 900000002, 900000003);
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id)
select 900000100 + c, 'BENCH-C' || c, 'COMMITTEE', '第' || c || '居委', 900000003, 900000002, 900000003, 900000100 + c
from generate_series(0, 9) c;
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id,
    address, lat, lon)
select 900001000 + p, 'BENCH-P' || p, 'COMPOUND', '基准小区' || p, 900000100 + p / 10, 900000002, 900000003,
    900000100 + p / 10, 900001000 + p, '基准路' || p || '弄', 31.2 + p * 0.001, 121.4 + p * 0.001
from generate_series(0, 99) p;
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id)
select 900010000 + b, 'BENCH-P' || (b / 10) || '-B' || (b % 10 + 1), 'BUILDING', (b % 10 + 1) || '号楼',
    900001000 + b / 10, 900000002, 900000003, 900000100 + b / 100, 900001000 + b / 10
from generate_series(0, 999) b;
insert into household (id, building_id, compound_id, committee_id, street_id, district_id, room)
select 900000000 + h, 900010000 + h % 1000, 900001000 + (h % 1000) / 10, 900000100 + (h % 1000) / 100, 900000003,
    900000002, (101 + h / 1000)::text
from generate_series(0, :households - 1) h;
insert into resident (household_id, building_id, compound_id, committee_id, street_id, district_id, name, id_type,
    id_number, phone, birth_date, sex, tags)
select h.id, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id, '居民' || h.id || '-' || m,
    'OTHER', 'BENCH' || h.id || '-' || m, '1390' || lpad((h.id % 10000000 * 2 + m)::text, 7, '0'),
    date '1950-01-01' + (h.id % 20000)::int, case when m = 0 then 'F' else 'M' end,
    case when (h.id + m) % 10 = 0 then '{LIVING_ALONE_ELDERLY}'::text[] else '{}'::text[] end
from household h cross join generate_series(0, 1) m where h.district_id = 900000002;
insert into app_user (username, display_name, password_hash, role, territory_id, created_by)
values ('bench-hotline', '基准话务员', '{noop}bench-password-1', 'HOTLINE_OPERATOR', 900000002, 'bench');
-- the API token ll_bench-intake-token (stored, as every token, by its SHA-256) for AUTH=bearer runs
insert into api_token (user_id, token_hash, label)
select id, encode(sha256('ll_bench-intake-token'::bytea), 'hex'), 'intake benchmark' from app_user
where username = 'bench-hotline';
commit;
analyze;

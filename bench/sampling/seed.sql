-- A street for the sampling benchmark: 10 committees, 100 compounds, 1,000 buildings, :residents residents (one per
-- household, enough for the rounds below), :rounds rounds of the whole street (pool 10) on consecutive dates so
-- every resident may be swabbed once per round, and a sampler with a password and an API token.
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
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id)
select 900001000 + p, 'BENCH-P' || p, 'COMPOUND', '基准小区' || p, 900000100 + p / 10, 900000002, 900000003,
    900000100 + p / 10, 900001000 + p
from generate_series(0, 99) p;
insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id, compound_id)
select 900010000 + b, 'BENCH-P' || (b / 10) || '-B' || (b % 10 + 1), 'BUILDING', (b % 10 + 1) || '号楼',
    900001000 + b / 10, 900000002, 900000003, 900000100 + b / 100, 900001000 + b / 10
from generate_series(0, 999) b;
insert into household (id, building_id, compound_id, committee_id, street_id, district_id, room)
select 900000000 + h, 900010000 + h % 1000, 900001000 + (h % 1000) / 10, 900000100 + (h % 1000) / 100, 900000003,
    900000002, (101 + h / 1000)::text
from generate_series(0, :residents - 1) h;
insert into resident (household_id, building_id, compound_id, committee_id, street_id, district_id, name, id_type,
    id_number, birth_date, sex)
select h.id, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id, '居民' || h.id, 'OTHER',
    'BENCH' || h.id, date '1950-01-01' + (h.id % 20000)::int, 'F'
from household h where h.district_id = 900000002;
insert into screening_round (id, territory_id, district_id, round_date, rule_set, planned_by, created_at, starts_at)
select 900000000 + r, 900000003, 900000002, current_date - 30 + r, 'SHANGHAI_2022_04', 'bench', now(), now()
from generate_series(1, :rounds) r;
insert into screening_round_unit (round_id, compound_id, committee_id, street_id, district_id, zone, method, pool_size,
    residents, tubes_planned)
select 900000000 + r, 900001000 + p, 900000100 + p / 10, 900000003, 900000002, 'SEALED', 'PCR_DAILY', 10,
    :residents / 100, :residents / 1000
from generate_series(1, :rounds) r cross join generate_series(0, 99) p;
insert into app_user (username, display_name, password_hash, role, territory_id, created_by)
values ('bench-sampler', '基准采样员', '{noop}bench-password-1', 'SAMPLER', 900000003, 'bench');
insert into api_token (user_id, token_hash, label)
select id, encode(sha256('ll_bench-sampling-token'::bytea), 'hex'), 'sampling benchmark' from app_user
where username = 'bench-sampler';
commit;
analyze;

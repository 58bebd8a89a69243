-- module: zones
-- module: zones
-- Zones computed from cases (DESIGN §4.1): rule sets as rows, the zone units (compounds, and single buildings
-- when the rule set seals buildings) with their day 0 and computed and effective zone, the positives per unit
-- per day the computation reads, district overrides with a reason and an end date, and the daily tick.

-- A rule set: a unit is sealed while fewer than sealed_days clean days have passed since its day 0 (the date of
-- its last positive), controlled for controlled_days more, then precaution. It may require the unit's latest
-- screening (after day 0) to be complete and all negative before any downgrade, and may seal single buildings
-- (the compound around a sealed building is then controlled).
create table zone_rule_set (
    name                      varchar(40) primary key,
    title                     varchar(200) not null,
    title_en                  varchar(200) not null,
    sealed_days               integer not null check (sealed_days between 1 and 60),
    controlled_days           integer not null check (controlled_days between 0 and 60),
    requires_clear_screening  boolean not null default false,
    seals_buildings           boolean not null default false,
    active                    boolean not null default false
);
create unique index zone_rule_set_active_key on zone_rule_set (active) where active;

insert into zone_rule_set (name, title, title_en, sealed_days, controlled_days, requires_clear_screening, seals_buildings, active) values
    ('SHANGHAI_2022_04_11', '2022年4月11日三区划分：7天内有阳性封控，7天无新增管控，14天无新增防范',
     'Three zones of 11 April 2022: sealed 7 days, controlled 7 more, then precaution', 7, 7, false, false, true),
    ('SHANGHAI_2022_05_16', '2022年5月16日调整：连续7天无新增降为管控，再3天降为防范',
     '16 May 2022: controlled after 7 clean days, precaution 3 days later', 7, 3, false, false, false),
    ('SHANGHAI_2022_06_RISK', '2022年6月中高风险区：高风险区封闭14天，中风险区7天，按楼栋划定，降级需全员阴性',
     'June 2022 risk areas: high risk closed 14 days, medium risk 7, by building, downgrade needs all negative', 14, 7, true, true, false);

-- A zone unit: a compound, or one building of it. unit_id is the territory node id of that compound or building;
-- the territory facts (code, name, ids of the levels above) are copied from territory's API when the unit is
-- first seen, so the set-based recomputation reads only zones' own tables.
create table zone_unit (
    unit_id         bigint primary key,
    kind            varchar(10) not null check (kind in ('COMPOUND', 'BUILDING')),
    compound_id     bigint not null,
    committee_id    bigint not null,
    street_id       bigint not null,
    district_id     bigint not null,
    code            varchar(40) not null,
    name            varchar(100) not null,
    day_zero        date,
    computed_zone   varchar(12) not null default 'PRECAUTION' check (computed_zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    zone            varchar(12) not null default 'PRECAUTION' check (zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    since           timestamptz not null,
    rule_set        varchar(40) references zone_rule_set (name),
    override_zone   varchar(12) check (override_zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    override_reason varchar(500),
    override_until  date,
    override_by     varchar(100),
    override_at     timestamptz,
    computed_at     timestamptz,
    constraint zone_unit_override check ((override_zone is null) = (override_reason is null))
);
create index zone_unit_compound_idx on zone_unit (compound_id);
create index zone_unit_district_idx on zone_unit (district_id, zone);
create index zone_unit_street_idx on zone_unit (street_id);
create index zone_unit_committee_idx on zone_unit (committee_id);
create index zone_unit_override_idx on zone_unit (override_until) where override_zone is not null;

-- Positives per building per day, from cases' CaseReported events. A compound's day 0 is its latest date here,
-- a building's day 0 its own latest date.
create table zone_positive (
    building_id     bigint not null,
    reported_on     date not null,
    compound_id     bigint not null,
    district_id     bigint not null,
    positives       integer not null check (positives > 0),
    primary key (building_id, reported_on)
);
create index zone_positive_compound_idx on zone_positive (compound_id, reported_on desc);

-- The history keeps the reason as a message key with its arguments (English readers get English) besides the
-- Chinese text, and names the building when the unit is one.
alter table zone_change add column building_id bigint;
alter table zone_change add column reason_key varchar(60);
alter table zone_change add column reason_args text[];
alter table zone_change add column unit_id bigint;
update zone_change set unit_id = compound_id;
create index zone_change_unit_idx on zone_change (unit_id, changed_at);

-- Zones' tables name no other module's table: the compound ids are the territory's, but not a foreign key.
alter table compound_zone drop constraint if exists compound_zone_compound_id_fkey;
alter table zone_change drop constraint if exists zone_change_compound_id_fkey;

-- The daily tick at Shanghai midnight: one row per day it ran, so a node that was down at midnight catches up.
create table zone_tick (
    day             date primary key,
    ran_at          timestamptz not null,
    units           integer not null,
    changes         integer not null
);

-- Zone severity for comparisons in the recomputation: sealed 3, controlled 2, precaution 1.
create function zone_rank(zone varchar) returns integer language sql immutable as
$$ select case zone when 'SEALED' then 3 when 'CONTROLLED' then 2 else 1 end $$;

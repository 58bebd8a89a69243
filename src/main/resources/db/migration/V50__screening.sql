-- Screening rounds with pooled PCR (DESIGN §4.2): rule sets as data, rounds per compound, sampling points with
-- building-by-building calls, tubes and the residents swabbed into them, lab results with their history,
-- each resident's screening status, home-sampling tasks and antigen self-tests.
-- Big tables carry district_id and a time so they can be partitioned by district.

-- What a zone asks of a round, per rule set: the method and the largest pool allowed.
create table screening_rule_set (
    name          varchar(40) primary key,
    description   varchar(200) not null,
    active        boolean not null default false
);
create unique index screening_rule_set_active_key on screening_rule_set (active) where active;

create table screening_method_rule (
    rule_set            varchar(40) not null references screening_rule_set (name),
    zone                varchar(12) not null check (zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    method              varchar(30) not null check (method in ('PCR_DAILY', 'PCR_AND_ANTIGEN', 'WEEKLY_PCR_AND_ANTIGEN')),
    pcr_days_per_week   integer not null check (pcr_days_per_week between 1 and 7),
    antigen             boolean not null,
    primary key (rule_set, zone)
);

-- Pool-size caps by the compound's recent positivity: the first band whose upper bound is above the rate applies.
create table screening_pool_cap (
    rule_set            varchar(40) not null references screening_rule_set (name),
    risk                varchar(12) not null check (risk in ('LOW', 'MEDIUM', 'HIGH')),
    positivity_below    numeric(7, 6) not null check (positivity_below > 0 and positivity_below <= 1),
    max_pool_size       integer not null check (max_pool_size in (1, 5, 10, 20)),
    primary key (rule_set, risk)
);

insert into screening_rule_set (name, description, active) values
    ('SHANGHAI_2022_04', '2022年4月：封控区每日核酸，管控区核酸+抗原，防范区每周核酸+抗原', true);
insert into screening_method_rule (rule_set, zone, method, pcr_days_per_week, antigen) values
    ('SHANGHAI_2022_04', 'SEALED', 'PCR_DAILY', 7, false),
    ('SHANGHAI_2022_04', 'CONTROLLED', 'PCR_AND_ANTIGEN', 3, true),
    ('SHANGHAI_2022_04', 'PRECAUTION', 'WEEKLY_PCR_AND_ANTIGEN', 1, true);
insert into screening_pool_cap (rule_set, risk, positivity_below, max_pool_size) values
    ('SHANGHAI_2022_04', 'LOW', 0.005, 10),
    ('SHANGHAI_2022_04', 'MEDIUM', 0.03, 5),
    ('SHANGHAI_2022_04', 'HIGH', 1, 1);

-- A round planned by a street or district for a date.
create table screening_round (
    id              bigserial primary key,
    territory_id    bigint not null,
    district_id     bigint not null,
    round_date      date not null,
    rule_set        varchar(40) not null references screening_rule_set (name),
    planned_by      varchar(60) not null,
    created_at      timestamptz not null
);
create index screening_round_territory_idx on screening_round (territory_id, round_date desc);
create index screening_round_district_idx on screening_round (district_id, round_date desc);

-- Each compound in a round, with the method its zone asked for and the residents in scope when planned.
create table screening_round_unit (
    round_id        bigint not null references screening_round (id) on delete cascade,
    compound_id     bigint not null,
    committee_id    bigint not null,
    street_id       bigint not null,
    district_id     bigint not null,
    zone            varchar(12) not null check (zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    method          varchar(30) not null,
    pool_size       integer not null check (pool_size in (1, 5, 10, 20)),
    residents       integer not null check (residents >= 0),
    tubes_planned   integer not null check (tubes_planned >= 0),
    primary key (round_id, compound_id)
);
create index screening_round_unit_compound_idx on screening_round_unit (compound_id, round_id desc);

-- A sampling point of a compound, about one per 3,000 residents.
create table sampling_point (
    id              bigserial primary key,
    compound_id     bigint not null,
    committee_id    bigint not null,
    district_id     bigint not null,
    name            varchar(100) not null,
    swabbers        integer not null default 2 check (swabbers between 1 and 50),
    active          boolean not null default true,
    created_at      timestamptz not null
);
create index sampling_point_compound_idx on sampling_point (compound_id);

-- The building-by-building call schedule of a round: one slot per building at one point.
create table sampling_call (
    id              bigserial primary key,
    round_id        bigint not null references screening_round (id) on delete cascade,
    point_id        bigint not null references sampling_point (id),
    building_id     bigint not null,
    compound_id     bigint not null,
    district_id     bigint not null,
    slot_start      timestamptz not null,
    slot_end        timestamptz not null,
    called_at       timestamptz,
    called_by       varchar(60),
    constraint sampling_call_building_key unique (round_id, building_id),
    constraint sampling_call_slot check (slot_end > slot_start)
);
create index sampling_call_compound_idx on sampling_call (compound_id, round_id);

-- A tube: a barcode holding up to pool-size residents' swabs. Its current result is kept on the row; every
-- result ever reported stays in tube_result.
create table screening_tube (
    id              bigserial primary key,
    tube_code       varchar(40) not null,
    round_id        bigint references screening_round (id),
    district_id     bigint not null,
    kind            varchar(12) not null check (kind in ('PCR_POOL', 'PCR_SINGLE')),
    pool_size       integer not null check (pool_size in (1, 5, 10, 20)),
    point_id        bigint references sampling_point (id),
    sampled_by      varchar(60) not null,
    scan_id         varchar(64),
    sampled_at      timestamptz not null,
    closed_at       timestamptz,
    result          varchar(10) check (result in ('NEGATIVE', 'POSITIVE', 'INVALID')),
    ct_value        numeric(5, 2),
    reported_at     timestamptz,
    needs_confirmation boolean not null default false,
    constraint screening_tube_code_key unique (tube_code),
    constraint screening_tube_scan_key unique (scan_id)
);
create index screening_tube_round_idx on screening_tube (round_id);
create index screening_tube_district_idx on screening_tube (district_id, sampled_at);

-- One resident's swab in a tube, with the resident's home placement (a resident sampled outside their own
-- compound still counts for their own compound's round).
create table screening_sample (
    tube_id         bigint not null references screening_tube (id),
    resident_id     bigint not null,
    round_id        bigint,
    household_id    bigint not null,
    building_id     bigint not null,
    compound_id     bigint not null,
    committee_id    bigint not null,
    street_id       bigint not null,
    district_id     bigint not null,
    sampled_at      timestamptz not null,
    primary key (tube_id, resident_id)
);
create index screening_sample_resident_idx on screening_sample (resident_id, sampled_at desc);
create index screening_sample_round_idx on screening_sample (round_id, compound_id, building_id);

-- Every result a lab reported for a tube, oldest first; the newest is the tube's current result.
create table tube_result (
    id              bigserial primary key,
    tube_id         bigint not null references screening_tube (id),
    district_id     bigint not null,
    result          varchar(10) not null check (result in ('NEGATIVE', 'POSITIVE', 'INVALID')),
    ct_value        numeric(5, 2),
    reported_at     timestamptz not null,
    reported_by     varchar(60) not null,
    upload_id       bigint,
    received_at     timestamptz not null
);
create index tube_result_tube_idx on tube_result (tube_id, reported_at);

-- One upload from a lab (JSON, CSV, XLSX or FHIR), with what it did.
create table result_upload (
    id              bigserial primary key,
    lab             varchar(60) not null,
    format          varchar(10) not null check (format in ('JSON', 'CSV', 'XLSX', 'FHIR')),
    sha256          char(64) not null,
    rows_read       integer not null,
    applied         integer not null,
    unchanged       integer not null,
    unmatched       integer not null,
    received_at     timestamptz not null
);
create index result_upload_lab_idx on result_upload (lab, received_at desc);

-- Results for tube codes Lifeline does not know: kept and named, never dropped.
create table unmatched_result (
    id              bigserial primary key,
    tube_code       varchar(40) not null,
    result          varchar(10) not null,
    ct_value        numeric(5, 2),
    reported_at     timestamptz not null,
    lab             varchar(60) not null,
    upload_id       bigint references result_upload (id),
    received_at     timestamptz not null,
    matched_at      timestamptz
);
create index unmatched_result_code_idx on unmatched_result (tube_code);

-- Where lab rows land before the one set-based merge.
create unlogged table result_staging (
    upload_id       bigint not null,
    line            integer not null,
    tube_code       varchar(40) not null,
    result          varchar(10) not null,
    ct_value        numeric(5, 2),
    reported_at     timestamptz not null
);
create index result_staging_upload_idx on result_staging (upload_id);

-- Each resident's screening status: CLEAR unless a positive pool or self-test put them in AWAITING_RECHECK or a
-- single-tube recheck made them POSITIVE.
create table resident_screening (
    resident_id     bigint primary key,
    household_id    bigint not null,
    compound_id     bigint not null,
    committee_id    bigint not null,
    district_id     bigint not null,
    status          varchar(20) not null check (status in ('CLEAR', 'AWAITING_RECHECK', 'POSITIVE')),
    since           timestamptz not null,
    cause_tube_id   bigint references screening_tube (id),
    follow_up_on    date
);
create index resident_screening_status_idx on resident_screening (district_id, status);
create index resident_screening_compound_idx on resident_screening (compound_id, status);

-- A single tube to take at a resident's door: recheck of a positive pool, positive antigen self-test,
-- next-day follow-up after a negative recheck, a bed-bound or home-isolated resident, a close contact.
create table home_sampling_task (
    id              bigserial primary key,
    resident_id     bigint not null,
    round_id        bigint references screening_round (id),
    household_id    bigint not null,
    building_id     bigint not null,
    compound_id     bigint not null,
    committee_id    bigint not null,
    district_id     bigint not null,
    reason          varchar(20) not null check (reason in ('RECHECK', 'ANTIGEN_POSITIVE', 'FOLLOW_UP', 'BED_BOUND', 'HOME_ISOLATED', 'CLOSE_CONTACT', 'RESAMPLE')),
    due_on          date not null,
    status          varchar(10) not null default 'OPEN' check (status in ('OPEN', 'DONE', 'FAILED')),
    tube_id         bigint references screening_tube (id),
    note            varchar(200),
    created_at      timestamptz not null,
    done_at         timestamptz
);
create unique index home_sampling_task_open_key on home_sampling_task (resident_id, reason, due_on) where status = 'OPEN';
create index home_sampling_task_building_idx on home_sampling_task (building_id, due_on, status);
create index home_sampling_task_committee_idx on home_sampling_task (committee_id, due_on, status);

-- An antigen self-test a resident reported, with its photo.
create table antigen_test (
    id              bigserial primary key,
    resident_id     bigint not null,
    compound_id     bigint not null,
    district_id     bigint not null,
    result          varchar(10) not null check (result in ('NEGATIVE', 'POSITIVE')),
    taken_at        timestamptz not null,
    photo           bytea,
    photo_type      varchar(40),
    reported_by     varchar(60) not null,
    reported_at     timestamptz not null
);
create index antigen_test_resident_idx on antigen_test (resident_id, taken_at desc);

-- Residents exempt from a round's missing list: in isolation, positive awaiting transfer, away with proof.
create table screening_exemption (
    id              bigserial primary key,
    resident_id     bigint not null,
    compound_id     bigint not null,
    district_id     bigint not null,
    reason          varchar(20) not null check (reason in ('IN_ISOLATION', 'AWAITING_TRANSFER', 'AWAY_WITH_PROOF')),
    valid_from      date not null,
    valid_until     date,
    note            varchar(200),
    recorded_by     varchar(60) not null,
    recorded_at     timestamptz not null
);
create index screening_exemption_resident_idx on screening_exemption (resident_id, valid_from);
create index screening_exemption_compound_idx on screening_exemption (compound_id, valid_from);

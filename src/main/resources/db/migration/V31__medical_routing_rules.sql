-- Routing of medical requests (DESIGN §4.3) as rows a district edits, not code branches. A rule matches on the
-- need (null: any), the critical flag (null: either), the zone of the patient's compound (null: any) and a
-- condition on the medical profile; it answers a mode and, for a transfer, how to pick the destination.
-- District rows come before the city-wide defaults (district_id null); within each, lower rank first. A rule
-- whose destination has no open hospital is passed over for the next one, and the explanation says so.
-- No rule can ask for a negative test: there is no such condition.
create table routing_rule (
    id              bigserial primary key,
    district_id     bigint references territory_node (id),
    rank            integer not null,
    need            varchar(12) check (need in ('DIALYSIS', 'CHEMO', 'PREGNANCY', 'FEVER', 'OTHER')),
    critical        boolean,
    zone            varchar(12) check (zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    condition       varchar(24) not null default 'ANY'
                        check (condition in ('ANY', 'HAS_DIALYSIS_HOSPITAL', 'HAS_ONCOLOGY_HOSPITAL', 'PREGNANT')),
    mode            varchar(10) not null check (mode in ('CALL_120', 'TRANSFER', 'SELF')),
    destination     varchar(24) check (destination in ('OWN_DIALYSIS_HOSPITAL', 'OWN_ONCOLOGY_HOSPITAL',
                        'DISTRICT_KIND', 'ZONE_DESIGNATED')),
    hospital_kind   varchar(24) check (hospital_kind in ('DESIGNATED_SEALED', 'DESIGNATED_CONTROLLED',
                        'FEVER_CLINIC', 'DIALYSIS', 'OBSTETRICS', 'ONCOLOGY', 'GENERAL')),
    label           varchar(100) not null,
    updated_by      varchar(60) not null,
    updated_at      timestamptz not null default now(),
    constraint routing_rule_destination check ((mode = 'TRANSFER') = (destination is not null)),
    constraint routing_rule_kind check ((destination = 'DISTRICT_KIND') = (hospital_kind is not null))
);
create index routing_rule_district_idx on routing_rule (district_id, rank);

insert into routing_rule (rank, need, critical, zone, condition, mode, destination, hospital_kind, label, updated_by) values
    (10,  null,        true,  null,         'ANY',                   'CALL_120', null,                    null,           '急危重症 → 立即拨打120', 'system'),
    (20,  null,        false, 'PRECAUTION', 'ANY',                   'SELF',     null,                    null,           '防范区 → 街镇内自行就医', 'system'),
    (30,  'DIALYSIS',  false, null,         'HAS_DIALYSIS_HOSPITAL', 'TRANSFER', 'OWN_DIALYSIS_HOSPITAL', null,           '血透 → 本人透析医院', 'system'),
    (31,  'DIALYSIS',  false, null,         'ANY',                   'TRANSFER', 'DISTRICT_KIND',         'DIALYSIS',     '血透 → 本区定点透析点', 'system'),
    (40,  'CHEMO',     false, null,         'HAS_ONCOLOGY_HOSPITAL', 'TRANSFER', 'OWN_ONCOLOGY_HOSPITAL', null,           '放化疗 → 本人治疗医院', 'system'),
    (41,  'CHEMO',     false, null,         'ANY',                   'TRANSFER', 'DISTRICT_KIND',         'ONCOLOGY',     '放化疗 → 本区定点医院', 'system'),
    (50,  'PREGNANCY', false, null,         'ANY',                   'TRANSFER', 'DISTRICT_KIND',         'OBSTETRICS',   '孕产 → 本区定点医院产科', 'system'),
    (60,  'FEVER',     false, null,         'ANY',                   'TRANSFER', 'DISTRICT_KIND',         'FEVER_CLINIC', '发热 → 本区发热门诊', 'system'),
    (70,  null,        false, null,         'ANY',                   'TRANSFER', 'ZONE_DESIGNATED',       null,           '就医 → 本区所在风险区定点医院', 'system'),
    (90,  null,        false, null,         'ANY',                   'TRANSFER', 'DISTRICT_KIND',         'GENERAL',      '就医 → 本区综合医院', 'system');

-- A medical request: what was asked, how it was routed and why, the request in the queue and the trip if any.
create table medical_request (
    id             bigserial primary key,
    request_id     bigint not null,
    resident_id    bigint not null references resident (id),
    household_id   bigint not null,
    compound_id    bigint not null,
    committee_id   bigint not null,
    street_id      bigint not null,
    district_id    bigint not null,
    need           varchar(12) not null,
    critical       boolean not null,
    zone           varchar(12) not null,
    mode           varchar(10) not null,
    hospital_code  varchar(40),
    explanation    varchar(300) not null,
    rule_id        bigint,
    trip_id        bigint references trip (id),
    filed_by       varchar(60) not null,
    filed_at       timestamptz not null
);
create index medical_request_district_idx on medical_request (district_id, filed_at);
create index medical_request_street_idx on medical_request (street_id, filed_at);

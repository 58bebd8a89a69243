-- module: isolation
-- Isolation facilities (DESIGN §4.4): designated hospitals (linked to medical's hospital by its code), city and
-- district shelter hospitals (方舱) and isolation hotels. A city-level facility has no district. Beds are counted
-- per facility and kind: capacity, occupied (admitted cases) and held (cases allocated and on their way). The
-- check keeps occupied + held within capacity, so no write can ever put a bed past capacity.
create table isolation_facility (
    id              bigserial primary key,
    code            varchar(40) not null unique,
    name            varchar(120) not null,
    kind            varchar(20) not null
                        check (kind in ('DESIGNATED_HOSPITAL', 'CITY_SHELTER', 'DISTRICT_SHELTER', 'ISOLATION_HOTEL')),
    district_id     bigint,
    hospital_code   varchar(40),
    address         varchar(200),
    lat             double precision not null check (lat between -90 and 90),
    lon             double precision not null check (lon between -180 and 180),
    open            boolean not null default true,
    updated_by      varchar(60) not null,
    updated_at      timestamptz not null,
    constraint isolation_facility_hospital check ((kind = 'DESIGNATED_HOSPITAL') = (hospital_code is not null)),
    constraint isolation_facility_district check (kind = 'CITY_SHELTER' or district_id is not null)
);
create index isolation_facility_district_idx on isolation_facility (district_id);
create index isolation_facility_hospital_idx on isolation_facility (hospital_code);

create table isolation_bed (
    facility_id     bigint not null references isolation_facility (id),
    kind            varchar(24) not null
                        check (kind in ('GENERAL', 'OXYGEN', 'PAEDIATRIC_WITH_CARER', 'ELDERLY_WITH_CONDITIONS')),
    capacity        integer not null check (capacity >= 0),
    occupied        integer not null default 0 check (occupied >= 0),
    held            integer not null default 0 check (held >= 0),
    primary key (facility_id, kind),
    constraint isolation_bed_capacity check (occupied + held <= capacity)
);

-- Admission by class (分类收治) as rows the city edits: a need from the resident's facts (or NONE for everyone
-- else) names the kinds of facility that may take the case and the kind of bed it needs. A case with several
-- needs follows the rule of lowest rank among them.
create table isolation_admission_rule (
    need            varchar(24) primary key
                        check (need in ('ELDERLY_WITH_CONDITIONS', 'PREGNANT', 'DIALYSIS', 'CHILD', 'NONE')),
    rank            integer not null,
    facility_kinds  varchar(20)[] not null check (cardinality(facility_kinds) > 0),
    bed_kind        varchar(24) not null
                        check (bed_kind in ('GENERAL', 'OXYGEN', 'PAEDIATRIC_WITH_CARER', 'ELDERLY_WITH_CONDITIONS')),
    updated_by      varchar(60) not null,
    updated_at      timestamptz not null default now()
);
insert into isolation_admission_rule (need, rank, facility_kinds, bed_kind, updated_by) values
    ('DIALYSIS',                10, '{DESIGNATED_HOSPITAL}', 'GENERAL', 'system'),
    ('PREGNANT',                20, '{DESIGNATED_HOSPITAL}', 'GENERAL', 'system'),
    ('ELDERLY_WITH_CONDITIONS', 30, '{DESIGNATED_HOSPITAL}', 'ELDERLY_WITH_CONDITIONS', 'system'),
    ('CHILD',                   40, '{DESIGNATED_HOSPITAL,CITY_SHELTER,DISTRICT_SHELTER}', 'PAEDIATRIC_WITH_CARER', 'system'),
    ('NONE',                    90, '{CITY_SHELTER,DISTRICT_SHELTER,ISOLATION_HOTEL}', 'GENERAL', 'system');

-- A case placed on a bed: held by the allocator, on a bus run, in transfer, admitted, discharged. The case's
-- home (household, building, compound, street, district) is kept from the queue, for the driver's stops, the
-- desk's scope and the terminal disinfection of the home after admission.
create table isolation_placement (
    case_id         bigint primary key,
    resident_id     bigint not null,
    household_id    bigint not null,
    building_id     bigint not null,
    compound_id     bigint not null,
    street_id       bigint not null,
    district_id     bigint not null,
    facility_id     bigint not null references isolation_facility (id),
    bed_kind        varchar(24) not null,
    status          varchar(12) not null check (status in ('HELD', 'ON_RUN', 'IN_TRANSFER', 'ADMITTED', 'DISCHARGED')),
    run_id          bigint,
    stop_number     integer,
    allocated_by    varchar(60) not null,
    allocated_at    timestamptz not null,
    admitted_at     timestamptz,
    admitted_by     varchar(60),
    discharged_at   timestamptz,
    discharged_by   varchar(60)
);
create index isolation_placement_facility_idx on isolation_placement (facility_id, status);
create index isolation_placement_run_idx on isolation_placement (run_id);
create index isolation_placement_district_idx on isolation_placement (district_id, status);

-- A transfer bus run (转运): seats, escort, a vehicle of medical's fleet or a plate typed in, the driver, and
-- its stops compound by compound (the placements on it, numbered). Closed when the desk has confirmed every
-- case on it.
create table isolation_bus_run (
    id              bigserial primary key,
    facility_id     bigint not null references isolation_facility (id),
    district_id     bigint not null,
    seats           integer not null check (seats between 1 and 80),
    escort_name     varchar(60) not null,
    vehicle_id      bigint,
    plate           varchar(20) not null,
    driver_username varchar(60),
    status          varchar(10) not null check (status in ('PLANNED', 'STARTED', 'CLOSED')),
    created_by      varchar(60) not null,
    created_at      timestamptz not null,
    started_at      timestamptz,
    closed_at       timestamptz
);
create index isolation_bus_run_driver_idx on isolation_bus_run (driver_username, status);
create index isolation_bus_run_facility_idx on isolation_bus_run (facility_id, status);

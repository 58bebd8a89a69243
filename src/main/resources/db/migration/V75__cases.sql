-- Positive cases (DESIGN §4.4) and every step of their lifecycle: reported → awaiting transfer → in transfer →
-- admitted (facility, bed) → discharged to home health monitoring. A case row keeps where the person lived when
-- it was reported (the ids a territory scope filters on, the compound's code and name and the district's code
-- for the bulletin) and the admission-class facts read from the resident then (needs, birth date).
create table positive_case (
    id                  bigserial primary key,
    resident_id         bigint not null,
    household_id        bigint not null,
    building_id         bigint not null,
    compound_id         bigint not null,
    committee_id        bigint not null,
    street_id           bigint not null,
    district_id         bigint not null,
    compound_code       varchar(40) not null,
    compound_name       varchar(100) not null,
    district_code       varchar(40) not null,
    type                varchar(12) not null check (type in ('CONFIRMED', 'ASYMPTOMATIC')),
    reported_type       varchar(12) not null check (reported_type in ('CONFIRMED', 'ASYMPTOMATIC')),
    found_by            varchar(10) not null check (found_by in ('CONTROL', 'SCREENING')),
    source              varchar(10) not null check (source in ('SCREENING', 'HOSPITAL', 'DISTRICT')),
    source_ref          varchar(60),
    status              varchar(20) not null check (status in ('REPORTED', 'AWAITING_TRANSFER', 'IN_TRANSFER', 'ADMITTED', 'DISCHARGED')),
    reported_on         date not null,
    reported_at         timestamptz not null,
    reported_by         varchar(60) not null,
    birth_date          date not null,
    needs               text[] not null default '{}',
    converted_on        date,
    bus_run_ref         varchar(60),
    transfer_started_at timestamptz,
    facility_code       varchar(40),
    bed_kind            varchar(30),
    admitted_at         timestamptz,
    discharged_at       timestamptz,
    discharged_on       date,
    monitoring_until    date,
    escalated_at        timestamptz,
    constraint positive_case_admitted check (status not in ('ADMITTED', 'DISCHARGED') or admitted_at is not null),
    constraint positive_case_discharged check ((status = 'DISCHARGED') = (discharged_at is not null))
);
-- one active case per person
create unique index positive_case_active_key on positive_case (resident_id) where status <> 'DISCHARGED';
-- the same positive result (a tube) reported twice makes one case
create unique index positive_case_source_key on positive_case (source, source_ref) where source_ref is not null;
create index positive_case_resident_idx on positive_case (resident_id, reported_at desc);
create index positive_case_district_day_idx on positive_case (district_id, reported_on);
create index positive_case_reported_on_idx on positive_case (reported_on);
create index positive_case_waiting_idx on positive_case (street_id, reported_at)
    where status in ('REPORTED', 'AWAITING_TRANSFER', 'IN_TRANSFER');
create index positive_case_waiting_time_idx on positive_case (reported_at)
    where status in ('REPORTED', 'AWAITING_TRANSFER', 'IN_TRANSFER');
create index positive_case_converted_idx on positive_case (converted_on) where converted_on is not null;
create index positive_case_discharged_idx on positive_case (discharged_on) where discharged_on is not null;
create index positive_case_admitted_idx on positive_case (admitted_at) where admitted_at is not null;

-- Every step of a case, oldest first: when, who, what it became and a note (bus run, facility and bed, reason).
create table case_step (
    id          bigserial primary key,
    case_id     bigint not null references positive_case (id),
    district_id bigint not null,
    at          timestamptz not null,
    actor       varchar(60) not null,
    status      varchar(20) not null,
    action      varchar(20) not null,
    note        varchar(300)
);
create index case_step_case_idx on case_step (case_id, at, id);

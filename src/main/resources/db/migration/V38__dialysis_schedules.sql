-- Standing dialysis trips: a dialysis patient's weekdays and slot at their dialysis hospital, kept by the street
-- task force or the committee, and the sessions generated from it some days ahead (one per schedule and day, so
-- generating twice adds nothing). A session the hospital cannot take (closed, or its daily dialysis slots full)
-- is kept with a flag for the task force instead of a trip.
create table dialysis_schedule (
    id             bigserial primary key,
    resident_id    bigint not null references resident (id),
    household_id   bigint not null,
    building_id    bigint not null,
    compound_id    bigint not null,
    committee_id   bigint not null,
    street_id      bigint not null,
    district_id    bigint not null,
    hospital_code  varchar(40) not null references hospital (code),
    weekdays       text[] not null check (cardinality(weekdays) between 1 and 7),
    slot_time      time not null,
    needs          text[] not null default '{}',
    note           varchar(300),
    starts_on      date not null,
    ends_on        date,
    active         boolean not null default true,
    created_at     timestamptz not null,
    created_by     varchar(60) not null,
    updated_at     timestamptz not null,
    updated_by     varchar(60) not null
);
create unique index dialysis_schedule_active_key on dialysis_schedule (resident_id) where active;
create index dialysis_schedule_committee_idx on dialysis_schedule (committee_id) where active;
create index dialysis_schedule_street_idx on dialysis_schedule (street_id) where active;
create index dialysis_schedule_district_idx on dialysis_schedule (district_id) where active;

create table dialysis_session (
    id             bigserial primary key,
    schedule_id    bigint not null references dialysis_schedule (id),
    session_date   date not null,
    hospital_code  varchar(40) not null references hospital (code),
    slot_time      time not null,
    compound_id    bigint not null,
    committee_id   bigint not null,
    street_id      bigint not null,
    district_id    bigint not null,
    status         varchar(16) not null
        check (status in ('PLANNED', 'TRIP_REQUESTED', 'HOSPITAL_FULL', 'HOSPITAL_CLOSED', 'CANCELLED')),
    trip_id        bigint,
    generated_at   timestamptz not null,
    generated_by   varchar(60) not null,
    constraint dialysis_session_day_key unique (schedule_id, session_date)
);
create index dialysis_session_hospital_idx on dialysis_session (hospital_code, session_date);
create index dialysis_session_street_idx on dialysis_session (street_id, session_date);
create index dialysis_session_district_idx on dialysis_session (district_id, session_date);
create index dialysis_session_flagged_idx on dialysis_session (district_id, session_date)
    where status in ('HOSPITAL_FULL', 'HOSPITAL_CLOSED');

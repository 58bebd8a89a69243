-- module: sanitation
-- Door pickups of garbage in sealed units (nobody leaves home): the times of day per zone as data, and each
-- building's pickup round of the day as a volunteer's task. Parcels logged at the gate for a household,
-- delivered to the door by a volunteer and confirmed by the resident.
create table pickup_schedule (
    zone          varchar(12) not null check (zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    at_time       time not null,
    changed_by    varchar(100) not null,
    changed_at    timestamptz not null,
    primary key (zone, at_time)
);
insert into pickup_schedule (zone, at_time, changed_by, changed_at) values
    ('SEALED', '07:30', 'system', now()), ('SEALED', '18:00', 'system', now());

create table garbage_pickup (
    id            bigserial primary key,
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    day           date not null,
    due_at        timestamptz not null,
    status        varchar(8) not null default 'OPEN' check (status in ('OPEN', 'DONE', 'FAILED')),
    closed_at     timestamptz,
    closed_by     varchar(100),
    reason        varchar(500),
    constraint garbage_pickup_key unique (building_id, due_at)
);
create index garbage_pickup_day_idx on garbage_pickup (day, district_id);

create table parcel (
    id            bigserial primary key,
    household_id  bigint not null,
    room          varchar(40) not null,
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    description   varchar(200) not null,
    logged_at     timestamptz not null,
    logged_by     varchar(100) not null,
    status        varchar(10) not null default 'AT_GATE' check (status in ('AT_GATE', 'DELIVERED', 'FAILED', 'CONFIRMED')),
    delivered_at  timestamptz,
    delivered_by  varchar(100),
    reason        varchar(500),
    confirmed_at  timestamptz
);
create index parcel_building_idx on parcel (building_id, status);
create index parcel_household_idx on parcel (household_id, logged_at desc);
create index parcel_compound_idx on parcel (compound_id, logged_at desc);

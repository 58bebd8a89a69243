-- module: care
-- Care for vulnerable people (DESIGN §4.6): each tagged resident's one-to-one contact, the check-in schedule by
-- tag a committee may change, the day's check-in list planned in one statement per district, the check-ins
-- made, and the door visits that two unreachable check-ins in a row call for.

-- The one-to-one contact (结对) of a resident: an account (committee staff, volunteer) or a named person with a
-- phone (family doctor, relative).
create table care_contact (
    resident_id      bigint primary key,
    district_id      bigint not null,
    committee_id     bigint not null,
    contact_user_id  bigint,
    name             varchar(60) not null,
    phone            varchar(20),
    updated_by       varchar(60) not null,
    updated_at       timestamptz not null,
    constraint care_contact_who check (contact_user_id is not null or phone is not null)
);
create index care_contact_user_idx on care_contact (contact_user_id) where contact_user_id is not null;

-- A committee's own interval for a tag; tags without a row keep the default (daily for the living-alone elderly
-- and the 80+, every two days for the others).
create table care_schedule (
    committee_id  bigint not null,
    tag           varchar(30) not null,
    every_days    integer not null check (every_days between 1 and 30),
    updated_by    varchar(60) not null,
    updated_at    timestamptz not null,
    primary key (committee_id, tag)
);

-- Where each followed resident stands: the last day someone reached them, and unreachable check-ins since.
create table care_state (
    resident_id        bigint primary key,
    last_reached_on    date,
    unreachable_in_row integer not null default 0
);

-- The day's list (name, building code and room kept with it, so the list reads no other table): every tagged resident whose check-in falls due on or before the day, planned once per day and
-- district. Status: DUE, DONE, NEEDS_HELP (reached, a request opened), UNREACHABLE (tried, not reached).
create table care_day (
    day              date not null,
    resident_id      bigint not null,
    district_id      bigint not null,
    street_id        bigint not null,
    committee_id     bigint not null,
    compound_id      bigint not null,
    building_id      bigint not null,
    building_code    varchar(40) not null,
    room             varchar(20) not null,
    name             varchar(50) not null,
    due              date not null,
    contact_user_id  bigint,
    status           varchar(12) not null default 'DUE'
                     check (status in ('DUE', 'DONE', 'NEEDS_HELP', 'UNREACHABLE')),
    contact_alerted  boolean not null default false,
    committee_alerted boolean not null default false,
    open             boolean generated always as (status in ('DUE', 'UNREACHABLE')) stored,
    primary key (day, resident_id)
);
-- The list's order (open first, longest overdue first, then building and room) read straight off the index.
create index care_day_district_idx on care_day (district_id, day, open desc, due, building_id, room);
create index care_day_committee_idx on care_day (committee_id, day);
create index care_day_contact_idx on care_day (contact_user_id, day) where contact_user_id is not null;

-- Which districts have had their day planned.
create table care_plan (
    day          date not null,
    district_id  bigint not null,
    planned_at   timestamptz not null,
    residents    integer not null,
    primary key (day, district_id)
);

create table check_in (
    id            bigserial primary key,
    resident_id   bigint not null,
    district_id   bigint not null,
    committee_id  bigint not null,
    day           date not null,
    at            timestamptz not null,
    outcome       varchar(12) not null check (outcome in ('FINE', 'NEEDS_HELP', 'UNREACHABLE')),
    note          varchar(500),
    request_id    bigint,
    recorded_by   varchar(60) not null
);
create index check_in_resident_idx on check_in (resident_id, at);
create index check_in_district_idx on check_in (district_id, day);

-- A door visit (上门探视) after two unreachable check-ins in a row, for the volunteers of the building.
create table door_visit (
    id            bigserial primary key,
    resident_id   bigint not null,
    district_id   bigint not null,
    committee_id  bigint not null,
    building_id   bigint not null,
    building_code varchar(40) not null,
    room          varchar(20) not null,
    name          varchar(50) not null,
    day           date not null,
    status        varchar(8) not null default 'OPEN' check (status in ('OPEN', 'DONE', 'FAILED')),
    reason        varchar(500),
    created_at    timestamptz not null,
    closed_at     timestamptz,
    closed_by     varchar(60)
);
create index door_visit_building_idx on door_visit (building_id, day);
create unique index door_visit_open_key on door_visit (resident_id) where status = 'OPEN';

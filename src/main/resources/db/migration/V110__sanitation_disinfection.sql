-- module: sanitation
-- Disinfection (消杀, DESIGN §4.8): the key points of every building, how often each kind is disinfected per zone
-- (data the city edits, not code), each round done at a point (when, with which agent, by whom) and the terminal
-- disinfections due after a positive leaves for isolation. Rows carry the territory ids for scoping.
create table disinfection_point (
    id            bigserial primary key,
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    kind          varchar(20) not null check (kind in ('ELEVATOR', 'CORRIDOR', 'STAIR_HANDRAIL', 'DOOR_HANDLES',
                                                      'GARBAGE_POINT', 'PARCEL_RACK')),
    created_at    timestamptz not null,
    constraint disinfection_point_key unique (building_id, kind)
);
create index disinfection_point_compound_idx on disinfection_point (compound_id);
create index disinfection_point_committee_idx on disinfection_point (committee_id);
create index disinfection_point_district_idx on disinfection_point (district_id);

-- How many rounds a day a kind of point gets in a zone; 0 means no scheduled round in that zone.
create table disinfection_schedule (
    zone          varchar(12) not null check (zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    kind          varchar(20) not null,
    times_per_day integer not null check (times_per_day between 0 and 12),
    changed_by    varchar(100) not null,
    changed_at    timestamptz not null,
    primary key (zone, kind)
);
insert into disinfection_schedule (zone, kind, times_per_day, changed_by, changed_at) values
    ('SEALED', 'ELEVATOR', 2, 'system', now()), ('SEALED', 'CORRIDOR', 2, 'system', now()),
    ('SEALED', 'STAIR_HANDRAIL', 2, 'system', now()), ('SEALED', 'DOOR_HANDLES', 2, 'system', now()),
    ('SEALED', 'GARBAGE_POINT', 3, 'system', now()), ('SEALED', 'PARCEL_RACK', 2, 'system', now()),
    ('CONTROLLED', 'ELEVATOR', 1, 'system', now()), ('CONTROLLED', 'CORRIDOR', 1, 'system', now()),
    ('CONTROLLED', 'STAIR_HANDRAIL', 1, 'system', now()), ('CONTROLLED', 'DOOR_HANDLES', 1, 'system', now()),
    ('CONTROLLED', 'GARBAGE_POINT', 2, 'system', now()), ('CONTROLLED', 'PARCEL_RACK', 1, 'system', now()),
    ('PRECAUTION', 'ELEVATOR', 1, 'system', now()), ('PRECAUTION', 'CORRIDOR', 0, 'system', now()),
    ('PRECAUTION', 'STAIR_HANDRAIL', 0, 'system', now()), ('PRECAUTION', 'DOOR_HANDLES', 0, 'system', now()),
    ('PRECAUTION', 'GARBAGE_POINT', 1, 'system', now()), ('PRECAUTION', 'PARCEL_RACK', 0, 'system', now());

-- Terminal disinfection (终末消毒) of a positive's home and the building's common parts after the transfer:
-- from isolation's event (one per case) or entered by hand.
create table terminal_disinfection (
    id            bigserial primary key,
    case_id       bigint,
    household_id  bigint,
    room          varchar(40),
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    due_at        timestamptz not null,
    source        varchar(10) not null check (source in ('TRANSFER', 'MANUAL')),
    note          varchar(500),
    entered_by    varchar(100) not null,
    done_at       timestamptz,
    agent         varchar(200),
    done_by       varchar(100),
    constraint terminal_disinfection_case_key unique (case_id)
);
create index terminal_disinfection_compound_idx on terminal_disinfection (compound_id, due_at);
create index terminal_disinfection_committee_idx on terminal_disinfection (committee_id) where done_at is null;

-- A day's scheduled disinfection round of one building (slot 0, 1, … of the day), a volunteer's task; done, it
-- records a round at each of the building's points that the schedule names for that slot.
create table disinfection_task (
    id            bigserial primary key,
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    day           date not null,
    slot          integer not null,
    due_at        timestamptz not null,
    status        varchar(8) not null default 'OPEN' check (status in ('OPEN', 'DONE', 'FAILED')),
    closed_at     timestamptz,
    closed_by     varchar(100),
    reason        varchar(500),
    constraint disinfection_task_key unique (building_id, day, slot)
);
create index disinfection_task_day_idx on disinfection_task (day, district_id);

-- Every round at a point: when, the agent (e.g. chlorine 500 mg/L), who recorded it; a round done for a terminal
-- disinfection or a volunteer's task names it.
create table disinfection_round (
    id            bigserial primary key,
    point_id      bigint not null references disinfection_point (id),
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    done_at       timestamptz not null,
    agent         varchar(200) not null,
    done_by       varchar(100) not null,
    recorded_at   timestamptz not null,
    terminal_id   bigint references terminal_disinfection (id),
    task_id       bigint references disinfection_task (id)
);
create index disinfection_round_point_idx on disinfection_round (point_id, done_at desc);
create index disinfection_round_compound_idx on disinfection_round (compound_id, done_at);

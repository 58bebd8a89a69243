-- Medical access: hospitals kept current, closed-loop transfer trips with their legs and timeline, vehicle shifts
-- and positions. A vehicle can never hold two assigned legs whose planned windows overlap: the exclusion
-- constraint below is the last word, whichever node or dispatcher writes.
create extension if not exists btree_gist;

alter table hospital
    add column closed_reason  varchar(200),
    add column updated_at     timestamptz,
    add column updated_by     varchar(60);

-- Where a vehicle is now (last reported), for the dispatch planner and the fleet page.
alter table vehicle
    add column lat          double precision,
    add column lon          double precision,
    add column position_at  timestamptz;
create index vehicle_street_idx on vehicle (street_id);

-- Who drives a vehicle when. One vehicle has one driver at a time and a driver one vehicle at a time.
create table vehicle_shift (
    id          bigserial primary key,
    vehicle_id  bigint not null references vehicle (id),
    driver_id   bigint references app_user (id),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    constraint vehicle_shift_order check (ends_at > starts_at),
    constraint vehicle_shift_vehicle_free exclude using gist (vehicle_id with =, tstzrange(starts_at, ends_at) with &&),
    constraint vehicle_shift_driver_free exclude using gist (driver_id with =, tstzrange(starts_at, ends_at) with &&)
);
create index vehicle_shift_driver_idx on vehicle_shift (driver_id, starts_at);
create index vehicle_shift_vehicle_idx on vehicle_shift (vehicle_id, starts_at);

-- A closed-loop transfer: from the household's building (or compound) to a hospital and back. Rows carry the
-- territory ids of the patient for scoping; the status is the state of the whole loop.
create table trip (
    id               bigserial primary key,
    resident_id      bigint not null references resident (id),
    household_id     bigint not null,
    building_id      bigint,
    compound_id      bigint not null,
    committee_id     bigint not null,
    street_id        bigint not null,
    district_id      bigint not null,
    need             varchar(12) not null check (need in ('DIALYSIS', 'CHEMO', 'PREGNANCY', 'FEVER', 'OTHER')),
    priority         integer not null default 2 check (priority between 1 and 5),
    hospital_code    varchar(40) not null references hospital (code),
    pickup_address   varchar(200),
    pickup_lat       double precision not null,
    pickup_lon       double precision not null,
    wheelchair       boolean not null default false,
    stretcher        boolean not null default false,
    companion        boolean not null default false,
    oxygen           boolean not null default false,
    escort           varchar(100),
    status           varchar(12) not null default 'REQUESTED' check (status in ('REQUESTED', 'ASSIGNED', 'EN_ROUTE',
                         'PICKED_UP', 'AT_HOSPITAL', 'RETURNING', 'HOME', 'ADMITTED', 'CANCELLED')),
    requested_at     timestamptz not null,
    ready_at         timestamptz not null,
    request_id       bigint,
    reroute_reason   varchar(200),
    created_by       varchar(60) not null,
    closed_at        timestamptz,
    updated_at       timestamptz not null,
    version          integer not null default 0
);
create index trip_status_idx on trip (status, ready_at);
create index trip_hospital_idx on trip (hospital_code, ready_at);
create index trip_street_idx on trip (street_id, status);
create index trip_district_idx on trip (district_id, status);
create index trip_resident_idx on trip (resident_id);

-- The legs a vehicle drives: outbound (home to hospital) and return (hospital to home). A leg is OPEN until a
-- vehicle is given with its planned window, ASSIGNED while that vehicle owes it, DONE when driven.
create table trip_leg (
    id             bigserial primary key,
    trip_id        bigint not null references trip (id),
    direction      varchar(8) not null check (direction in ('OUTBOUND', 'RETURN')),
    ready_at       timestamptz,
    status         varchar(10) not null default 'OPEN' check (status in ('OPEN', 'ASSIGNED', 'DONE', 'CANCELLED')),
    vehicle_id     bigint references vehicle (id),
    planned_start  timestamptz,
    planned_end    timestamptz,
    pinned         boolean not null default false,
    assigned_by    varchar(60),
    assigned_at    timestamptz,
    constraint trip_leg_direction_key unique (trip_id, direction),
    constraint trip_leg_assigned check (status <> 'ASSIGNED'
        or (vehicle_id is not null and planned_start is not null and planned_end > planned_start)),
    constraint trip_leg_vehicle_free exclude using gist (vehicle_id with =,
        tstzrange(planned_start, planned_end) with &&) where (status = 'ASSIGNED')
);
create index trip_leg_vehicle_idx on trip_leg (vehicle_id, planned_start);
create index trip_leg_open_idx on trip_leg (status, ready_at) where status = 'OPEN';

-- Every step of a trip with its time and actor.
create table trip_step (
    id           bigserial primary key,
    trip_id      bigint not null references trip (id),
    at           timestamptz not null,
    actor        varchar(60) not null,
    from_status  varchar(12),
    to_status    varchar(12),
    action       varchar(20) not null,
    note         varchar(500)
);
create index trip_step_trip_idx on trip_step (trip_id, id);

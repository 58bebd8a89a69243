-- Dispatch proposals: the plan a dispatcher was shown, kept so that applying it gives exactly what was shown, and
-- so that a plan overtaken by new, finished or cancelled trips is refused instead of applied over them.
create table dispatch_proposal (
    id                    bigserial primary key,
    scope_level           varchar(12) not null,
    scope_node_id         bigint not null,
    planned_at            timestamptz not null,
    planned_by            varchar(60) not null,
    planning_millis       integer not null,
    weighted_wait         double precision not null,
    greedy_weighted_wait  double precision not null,
    stale_at              timestamptz,
    stale_reason          varchar(200),
    applied_at            timestamptz,
    applied_by            varchar(60)
);
create index dispatch_proposal_scope_idx on dispatch_proposal (scope_level, scope_node_id, planned_at);

-- One trip leg of a proposal: on a vehicle at a place in its sequence with its planned window, or left out with the
-- reason; after applying, what the assignment answered.
create table dispatch_proposal_leg (
    proposal_id        bigint not null references dispatch_proposal (id) on delete cascade,
    leg_id             bigint not null references trip_leg (id),
    trip_id            bigint not null references trip (id),
    direction          varchar(8) not null,
    priority           integer not null,
    vehicle_id         bigint references vehicle (id),
    sequence           integer,
    planned_start      timestamptz,
    pick_up            timestamptz,
    planned_end        timestamptz,
    wait_seconds       bigint,
    unassigned_reason  varchar(40),
    outcome            varchar(20),
    outcome_detail     varchar(300),
    primary key (proposal_id, leg_id),
    constraint dispatch_proposal_leg_placed check ((vehicle_id is null) = (unassigned_reason is not null))
);

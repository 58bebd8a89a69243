-- Sampling (issue 14, points 1-4): the key that signs residents' sampling codes when none is configured, and the
-- sampling-day hours of a round that the building-by-building call slots are laid out in.

-- One row, made once by the first node that needs it and then read by every node of the cluster, so a code
-- signed on one node verifies on all. A configured lifeline.screening.code-key takes its place.
create table screening_code_key (
    id          smallint primary key check (id = 1),
    secret      bytea not null check (length(secret) >= 32),
    created_at  timestamptz not null
);

-- When a round's sampling starts and how long its call slots are; the plan sizes swabbers over these hours.
alter table screening_round
    add column starts_at      timestamptz,
    add column hours          integer not null default 4 check (hours between 1 and 16),
    add column slot_minutes   integer not null default 15 check (slot_minutes between 5 and 120);

-- A resident is in at most one open tube of a round: found by resident, then filtered by round.
create index screening_sample_resident_round_idx on screening_sample (resident_id, round_id);

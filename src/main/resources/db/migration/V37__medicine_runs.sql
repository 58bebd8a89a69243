-- Chronic-medicine runs (代配药): how much of each long-term medicine a resident gets per run, the daily batch
-- per compound that a district hospital prepares, its lines (one per resident and medicine), the door drops
-- (one per household) that volunteers check off, and the timeline of every batch.

-- Quantity and note per run for a resident's long-term medicine (the medicine names stay on the resident).
create table medicine_need (
    resident_id  bigint not null references resident (id) on delete cascade,
    medicine     varchar(100) not null,
    quantity     integer not null default 1 check (quantity between 1 and 99),
    note         varchar(200),
    updated_at   timestamptz not null,
    updated_by   varchar(60) not null,
    primary key (resident_id, medicine)
);

-- The hospital a district or street has chosen to prepare a compound's batches (instead of the nearest open
-- general hospital of the district).
create table medicine_compound_hospital (
    compound_id    bigint primary key references territory_node (id),
    hospital_code  varchar(40) not null references hospital (code),
    set_at         timestamptz not null,
    set_by         varchar(60) not null
);

create table medicine_batch (
    id             bigserial primary key,
    run_date       date not null,
    compound_id    bigint not null references territory_node (id),
    committee_id   bigint not null,
    street_id      bigint not null,
    district_id    bigint not null,
    hospital_code  varchar(40) not null references hospital (code),
    status         varchar(12) not null
        check (status in ('REQUESTED', 'PREPARING', 'READY', 'RECEIVED', 'DELIVERED')),
    built_at       timestamptz not null,
    built_by       varchar(60) not null,
    ready_at       timestamptz,
    ready_by       varchar(60),
    received_at    timestamptz,
    received_by    varchar(60),
    delivered_at   timestamptz,
    updated_at     timestamptz not null,
    version        integer not null default 0,
    constraint medicine_batch_day_key unique (compound_id, run_date)
);
create index medicine_batch_hospital_idx on medicine_batch (hospital_code, run_date desc);
create index medicine_batch_committee_idx on medicine_batch (committee_id, run_date desc);
create index medicine_batch_street_idx on medicine_batch (street_id, run_date desc);
create index medicine_batch_district_idx on medicine_batch (district_id, run_date desc);

create table medicine_line (
    id            bigserial primary key,
    batch_id      bigint not null references medicine_batch (id) on delete cascade,
    resident_id   bigint not null references resident (id),
    household_id  bigint not null,
    building_id   bigint not null,
    medicine      varchar(100) not null,
    quantity      integer not null,
    note          varchar(200),
    status        varchar(14) not null check (status in ('PENDING', 'READY', 'OUT_OF_STOCK')),
    hospital_note varchar(500),
    prepared_by   varchar(60),
    prepared_at   timestamptz,
    constraint medicine_line_key unique (batch_id, resident_id, medicine)
);
create index medicine_line_batch_idx on medicine_line (batch_id, building_id);

create table medicine_drop (
    batch_id      bigint not null references medicine_batch (id) on delete cascade,
    household_id  bigint not null references household (id),
    building_id   bigint not null,
    outcome       varchar(16) not null
        check (outcome in ('PENDING', 'DELIVERED', 'NOT_HOME', 'WRONG_MEDICINE', 'OUT_OF_STOCK', 'REFUSED')),
    note          varchar(500),
    checked_by    varchar(60),
    checked_at    timestamptz,
    request_id    bigint,
    primary key (batch_id, household_id)
);
create index medicine_drop_building_idx on medicine_drop (building_id, batch_id);

create table medicine_batch_step (
    id        bigserial primary key,
    batch_id  bigint not null references medicine_batch (id) on delete cascade,
    at        timestamptz not null,
    actor     varchar(60) not null,
    action    varchar(24) not null,
    note      varchar(500)
);
create index medicine_batch_step_batch_idx on medicine_batch_step (batch_id, id);

-- Requests (诉求): what a resident needs, the work order that answers it, its timeline and photo, and the
-- service levels that set its deadlines. Rows carry every territory id so the scope filter is one equality,
-- and the district id and filing time so the table can be partitioned.
create table service_level (
    category         varchar(20) not null,
    critical         boolean not null,
    ack_minutes      integer not null check (ack_minutes > 0),
    resolve_minutes  integer not null check (resolve_minutes > 0),
    updated_at       timestamptz not null default now(),
    updated_by       varchar(60) not null default 'migration',
    primary key (category, critical)
);

insert into service_level (category, critical, ack_minutes, resolve_minutes) values
    ('MEDICAL', true, 5, 1440),
    ('MEDICAL', false, 60, 1440),
    ('MEDICINE', false, 60, 1440),
    ('FOOD', false, 120, 1440),
    ('EXAM', false, 1440, 4320),
    ('WORK_CERTIFICATE', false, 1440, 4320),
    ('GARBAGE_PARCELS', false, 1440, 4320),
    ('OTHER', false, 1440, 4320);

create table service_request (
    id                      bigserial primary key,
    token                   varchar(40) not null,
    category                varchar(20) not null,
    critical                boolean not null default false,
    vulnerable              boolean not null default false,
    channel                 varchar(12) not null,
    status                  varchar(12) not null
        check (status in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED')),
    instruction             varchar(20),
    description             varchar(2000) not null,
    resident_id             bigint references resident (id),
    household_id            bigint references household (id),
    building_id             bigint,
    compound_id             bigint not null references territory_node (id),
    committee_id            bigint not null,
    street_id               bigint not null,
    district_id             bigint not null,
    address                 varchar(300),
    lat                     double precision,
    lon                     double precision,
    contact_name            varchar(100),
    contact_phone           varchar(30),
    contact_email           varchar(200),
    media_url               varchar(500),
    filed_by                varchar(60) not null,
    filed_at                timestamptz not null,
    ack_due_at              timestamptz not null,
    resolve_due_at          timestamptz not null,
    acknowledged_at         timestamptz,
    assignee                varchar(60),
    resolved_at             timestamptz,
    resolution              varchar(2000),
    closed_at               timestamptz,
    escalated_street_at     timestamptz,
    escalated_district_at   timestamptz,
    updated_at              timestamptz not null,
    version                 integer not null default 0,
    constraint service_request_token_key unique (token)
);

-- One open work order per household and category: a second filing links to it. A resolved request waiting for
-- the resident's word no longer counts as open, and an emergency (critical) is never folded into another request.
create unique index service_request_open_key on service_request (household_id, category)
    where status not in ('RESOLVED', 'CLOSED') and not critical;
create index service_request_committee_idx on service_request (committee_id, status);
create index service_request_compound_idx on service_request (compound_id, status);
create index service_request_street_idx on service_request (street_id, status);
create index service_request_district_idx on service_request (district_id, filed_at desc);
create index service_request_household_idx on service_request (household_id, filed_at desc);
create index service_request_filed_idx on service_request (filed_at desc);
create index service_request_ack_due_idx on service_request (ack_due_at) where status = 'NEW' and escalated_street_at is null;
create index service_request_resolve_due_idx on service_request (resolve_due_at)
    where status in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REOPENED') and escalated_district_at is null;
create index service_request_resolved_idx on service_request (resolved_at) where status = 'RESOLVED';

create table request_step (
    id          bigserial primary key,
    request_id  bigint not null references service_request (id) on delete cascade,
    at          timestamptz not null,
    actor       varchar(60) not null,
    action      varchar(24) not null,
    note        varchar(2000)
);
create index request_step_request_idx on request_step (request_id, id);

create table request_photo (
    request_id    bigint primary key references service_request (id) on delete cascade,
    content_type  varchar(20) not null,
    size          integer not null,
    data          bytea not null
);

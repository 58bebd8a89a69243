-- Users, each bound to what they serve; API tokens; the audit trail of every look at personal data.
create table app_user (
    id               bigserial primary key,
    username         varchar(60) not null,
    display_name     varchar(100) not null,
    password_hash    varchar(200) not null,
    role             varchar(30) not null,
    territory_id     bigint references territory_node (id),
    household_id     bigint references household (id),
    hospital_code    varchar(40),
    supplier_id      bigint references supplier (id),
    enabled          boolean not null default true,
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    created_by       varchar(60) not null,
    constraint app_user_username_key unique (username)
);
create index app_user_territory_idx on app_user (territory_id);

-- The buildings a volunteer or building leader serves.
create table volunteer_building (
    user_id      bigint not null references app_user (id) on delete cascade,
    building_id  bigint not null references territory_node (id),
    primary key (user_id, building_id)
);

create table api_token (
    id            bigserial primary key,
    user_id       bigint not null references app_user (id) on delete cascade,
    token_hash    char(64) not null unique,
    label         varchar(100) not null,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user_idx on api_token (user_id);

create table audit_entry (
    id            bigserial primary key,
    at            timestamptz not null,
    actor         varchar(60) not null,
    actor_role    varchar(30) not null,
    action        varchar(30) not null,
    subject_type  varchar(30) not null,
    subject_id    varchar(60),
    district_id   bigint,
    fields        varchar(200),
    reason        varchar(500),
    remote_addr   varchar(64)
);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, at desc);
create index audit_entry_district_idx on audit_entry (district_id, at desc);
create index audit_entry_at_idx on audit_entry (at desc);

-- Sessions of the pages, shared by every application node.
create table spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

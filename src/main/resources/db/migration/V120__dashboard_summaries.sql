-- module: dashboard
-- The command summaries (DESIGN §6: figures true within 60 s, no recount on a page view). One row per territory
-- node (city, district, street, committee, compound) and day: the figures of that day as of the time in as_of.
-- The catch-up job rewrites today's rows; earlier days stay as they were last written, so trends need no recount.
create table dashboard_figures (
    node_id                 bigint not null,
    day                     date not null,
    kind                    varchar(12) not null,
    code                    varchar(40) not null,
    name                    varchar(100) not null,
    parent_id               bigint,
    district_id             bigint,
    street_id               bigint,
    residents               bigint not null default 0,
    vulnerable              bigint not null default 0,
    sealed_units            integer not null default 0,
    sealed_residents        bigint not null default 0,
    controlled_units        integer not null default 0,
    controlled_residents    bigint not null default 0,
    precaution_units        integer not null default 0,
    precaution_residents    bigint not null default 0,
    open_requests           integer not null default 0,
    overdue_requests        integer not null default 0,
    new_cases               integer not null default 0,
    new_under_control       integer not null default 0,
    new_in_screening        integer not null default 0,
    awaiting_transfer       integer not null default 0,
    in_transfer             integer not null default 0,
    in_facilities           integer not null default 0,
    backlog_over_24h        integer not null default 0,
    clear_daily_backlog     integer not null default 0,
    beds_capacity           integer not null default 0,
    beds_free               integer not null default 0,
    trips_open              integer not null default 0,
    trips_under_way         integer not null default 0,
    screening_residents     bigint not null default 0,
    screening_sampled       bigint not null default 0,
    deliveries_pending      integer not null default 0,
    checkins_missed         integer not null default 0,
    last_screening_positive date,
    as_of                   timestamptz not null,
    primary key (node_id, day)
);
create index dashboard_figures_parent_idx on dashboard_figures (parent_id, day);
create index dashboard_figures_compound_idx on dashboard_figures (district_id, day) where kind = 'COMPOUND';
create index dashboard_figures_street_compound_idx on dashboard_figures (street_id, day) where kind = 'COMPOUND';

-- Residents and vulnerable residents per compound and tag, counted by the slower pass of the job (the resident
-- registry is the only source with millions of rows); the fast pass reads these counts.
create table dashboard_compound_residents (
    compound_id   bigint primary key,
    residents     bigint not null,
    vulnerable    bigint not null,
    counted_at    timestamptz not null
);

create table dashboard_vulnerable (
    node_id       bigint not null,
    tag           varchar(30) not null,
    residents     bigint not null,
    primary key (node_id, tag)
);

-- Today's open and overdue requests per node and category.
create table dashboard_requests (
    node_id       bigint not null,
    category      varchar(20) not null,
    open          integer not null,
    overdue       integer not null,
    primary key (node_id, category)
);

-- Today's free beds per district (and the city) and bed kind.
create table dashboard_beds (
    node_id       bigint not null,
    bed_kind      varchar(24) not null,
    capacity      integer not null,
    free          integer not null,
    primary key (node_id, bed_kind)
);

-- Hard cases (拔钉子) found by the last pass: compounds with new positives on 3 or more of the last 5 days, or
-- sealed for more than 14 days.
create table dashboard_hard_case (
    compound_id     bigint primary key,
    district_id     bigint not null,
    street_id       bigint not null,
    code            varchar(40) not null,
    name            varchar(100) not null,
    positive_days   integer not null,
    sealed_since    timestamptz,
    last_positive   date,
    as_of           timestamptz not null
);
create index dashboard_hard_case_district_idx on dashboard_hard_case (district_id);

-- When the passes last ran, and whether an event asked for a pass since.
create table dashboard_refresh (
    id              integer primary key check (id = 1),
    figures_at      timestamptz,
    residents_at    timestamptz,
    dirty           boolean not null default true
);
insert into dashboard_refresh (id) values (1);

-- Outlines a city uploads for the map (a GeoJSON FeatureCollection per territory node); without one the map draws
-- outlines generated from the compounds' positions.
create table dashboard_outline (
    node_id       bigint primary key,
    geojson       text not null,
    uploaded_by   varchar(60) not null,
    uploaded_at   timestamptz not null
);

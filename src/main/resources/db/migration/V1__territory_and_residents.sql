-- The territory: city > district > street/town > committee > compound > building.
-- Every node carries the ids of its ancestors (and of itself at its own level), so that "this node and
-- everything below it" is one indexed equality, never a recursive walk.
create sequence territory_node_id_seq;

create table territory_node (
    id            bigint primary key default nextval('territory_node_id_seq'),
    code          varchar(40)  not null,
    kind          varchar(12)  not null check (kind in ('CITY', 'DISTRICT', 'STREET', 'COMMITTEE', 'COMPOUND', 'BUILDING')),
    name          varchar(100) not null,
    parent_id     bigint references territory_node (id),
    district_id   bigint,
    street_id     bigint,
    committee_id  bigint,
    compound_id   bigint,
    address       varchar(200),
    lat           double precision,
    lon           double precision,
    created_at    timestamptz not null default now(),
    constraint territory_node_code_key unique (code),
    constraint territory_node_parent check ((kind = 'CITY') = (parent_id is null))
);
alter sequence territory_node_id_seq owned by territory_node.id;

create index territory_node_parent_idx on territory_node (parent_id);
create index territory_node_district_idx on territory_node (district_id, kind);
create index territory_node_street_idx on territory_node (street_id, kind);
create index territory_node_committee_idx on territory_node (committee_id, kind);
create index territory_node_compound_idx on territory_node (compound_id, kind);
create index territory_node_name_idx on territory_node (name varchar_pattern_ops);
create index territory_node_address_idx on territory_node (address varchar_pattern_ops) where address is not null;

-- Households and residents carry the ids of every territory level above them for scoping.
create sequence household_id_seq;

create table household (
    id            bigint primary key default nextval('household_id_seq'),
    building_id   bigint not null references territory_node (id),
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    room          varchar(20) not null,
    created_at    timestamptz not null default now(),
    constraint household_building_room_key unique (building_id, room)
);
alter sequence household_id_seq owned by household.id;

create index household_compound_idx on household (compound_id);
create index household_committee_idx on household (committee_id);
create index household_street_idx on household (street_id);
create index household_district_idx on household (district_id);

create sequence resident_id_seq;

create table resident (
    id                      bigint primary key default nextval('resident_id_seq'),
    household_id            bigint not null references household (id),
    building_id             bigint not null,
    compound_id             bigint not null,
    committee_id            bigint not null,
    street_id               bigint not null,
    district_id             bigint not null,
    name                    varchar(50) not null,
    id_type                 varchar(20) not null,
    id_number               varchar(32) not null,
    phone                   varchar(20),
    birth_date              date not null,
    sex                     char(1) not null check (sex in ('M', 'F')),
    tags                    text[] not null default '{}',
    dialysis_hospital_code  varchar(40),
    oncology_hospital_code  varchar(40),
    pregnancy_due_date      date,
    long_term_medicines     text[] not null default '{}',
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    constraint resident_document_key unique (id_type, id_number)
);
alter sequence resident_id_seq owned by resident.id;

create index resident_household_idx on resident (household_id);
create index resident_compound_idx on resident (compound_id);
create index resident_committee_idx on resident (committee_id);
create index resident_street_idx on resident (street_id);
create index resident_district_idx on resident (district_id);
create index resident_phone_idx on resident (phone);
create index resident_name_idx on resident (name varchar_pattern_ops);
create index resident_tagged_idx on resident using gin (tags) where tags <> '{}';

-- Zones: the current zone of every compound and the history of every change.
create table compound_zone (
    compound_id   bigint primary key references territory_node (id),
    district_id   bigint not null,
    zone          varchar(12) not null check (zone in ('SEALED', 'CONTROLLED', 'PRECAUTION')),
    since         timestamptz not null,
    reason        varchar(500) not null,
    changed_by    varchar(100) not null
);
create index compound_zone_district_idx on compound_zone (district_id, zone);

create table zone_change (
    id            bigserial primary key,
    compound_id   bigint not null references territory_node (id),
    district_id   bigint not null,
    from_zone     varchar(12),
    to_zone       varchar(12) not null,
    reason        varchar(500) not null,
    changed_by    varchar(100) not null,
    changed_at    timestamptz not null
);
create index zone_change_compound_idx on zone_change (compound_id, changed_at);

-- Hospitals, vehicles and approved suppliers: what medical routing, transfers and supplies work with.
create table hospital (
    id              bigserial primary key,
    code            varchar(40) not null unique,
    name            varchar(100) not null,
    district_id     bigint not null references territory_node (id),
    kinds           text[] not null,
    address         varchar(200),
    lat             double precision not null,
    lon             double precision not null,
    open            boolean not null default true,
    dialysis_slots  integer,
    obstetric_beds  integer
);
create index hospital_district_idx on hospital (district_id);

create table vehicle (
    id            bigserial primary key,
    code          varchar(40) not null unique,
    plate         varchar(20) not null unique,
    district_id   bigint not null references territory_node (id),
    street_id     bigint references territory_node (id),
    type          varchar(20) not null check (type in ('SEDAN', 'VAN', 'WHEELCHAIR_VAN', 'AMBULANCE')),
    seats         integer not null check (seats > 0),
    status        varchar(20) not null default 'AVAILABLE'
);
create index vehicle_district_idx on vehicle (district_id);

create table supplier (
    id              bigserial primary key,
    name            varchar(100) not null unique,
    certificate_no  varchar(40) not null unique,
    valid_until     date not null,
    contact_name    varchar(50),
    contact_phone   varchar(20)
);

create table shedlock (
    name        varchar(64) primary key,
    lock_until  timestamptz not null,
    locked_at   timestamptz not null,
    locked_by   varchar(255) not null
);

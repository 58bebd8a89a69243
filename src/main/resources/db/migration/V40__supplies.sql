-- Food and supplies: approved suppliers' couriers and vehicle passes, priced packages with stock per delivery
-- day, group buys per compound with their orders, approved group organisers, government packages.

-- A courier of an approved supplier; the entry pass holds while the last PCR is within 48 h and the last
-- antigen test was taken today.
create table courier (
    id                 bigserial primary key,
    supplier_id        bigint not null references supplier (id),
    name               varchar(50) not null,
    phone              varchar(20) not null,
    pcr_negative_at    timestamptz,
    antigen_negative_at timestamptz,
    created_at         timestamptz not null default now()
);
create index courier_supplier_idx on courier (supplier_id);

create table vehicle_pass (
    id            bigserial primary key,
    supplier_id   bigint not null references supplier (id),
    plate         varchar(20) not null,
    pass_no       varchar(40) not null unique,
    valid_until   date not null
);
create index vehicle_pass_supplier_idx on vehicle_pass (supplier_id);

-- A package as the 10 April 2022 price rules want it: contents listed, one price, no extra fees.
create table supply_package (
    id            bigserial primary key,
    supplier_id   bigint not null references supplier (id),
    name          varchar(100) not null,
    contents      text[] not null check (cardinality(contents) > 0),
    price_fen     integer not null check (price_fen > 0),
    daily_stock   integer not null check (daily_stock >= 0),
    created_at    timestamptz not null default now()
);
create index supply_package_supplier_idx on supply_package (supplier_id);

-- What is left to sell of a package for one delivery day; a row appears with the package's daily stock the
-- first time the day is ordered from or set. Never below zero: orders take stock with a conditional update.
create table package_stock (
    package_id    bigint not null references supply_package (id),
    delivery_day  date not null,
    stock         integer not null check (stock >= 0),
    taken         integer not null default 0 check (taken >= 0),
    primary key (package_id, delivery_day)
);

-- A resident whom the committee approved to open group buys for their compound (团长).
create table group_organiser (
    id            bigserial primary key,
    resident_id   bigint not null,
    household_id  bigint not null,
    compound_id   bigint not null references territory_node (id),
    committee_id  bigint not null,
    approved_by   varchar(60) not null,
    approved_at   timestamptz not null,
    constraint group_organiser_key unique (resident_id, compound_id)
);
create index group_organiser_household_idx on group_organiser (household_id, compound_id);

create table group_buy (
    id              bigserial primary key,
    supplier_id     bigint not null references supplier (id),
    compound_id     bigint not null references territory_node (id),
    committee_id    bigint not null,
    street_id       bigint not null,
    district_id     bigint not null,
    status          varchar(12) not null check (status in ('OPEN', 'CONFIRMED', 'DELIVERED', 'RECEIVED', 'CANCELLED')),
    deadline        timestamptz not null,
    delivery_day    date not null,
    slot_start      timestamptz,
    slot_end        timestamptz,
    opened_by       varchar(60) not null,
    organiser_household_id bigint,
    opened_at       timestamptz not null,
    confirmed_at    timestamptz,
    delivered_at    timestamptz,
    courier_id      bigint references courier (id),
    vehicle_pass_id bigint references vehicle_pass (id),
    received_at     timestamptz,
    received_by     varchar(60),
    shortfall_note  varchar(500),
    version         integer not null default 0
);
create index group_buy_compound_idx on group_buy (compound_id, status);
create index group_buy_committee_idx on group_buy (committee_id, status);
create index group_buy_street_idx on group_buy (street_id);
create index group_buy_district_idx on group_buy (district_id);
create index group_buy_supplier_idx on group_buy (supplier_id, status);

create table group_buy_item (
    group_buy_id  bigint not null references group_buy (id),
    package_id    bigint not null references supply_package (id),
    name          varchar(100) not null,
    price_fen     integer not null,
    received      integer,
    primary key (group_buy_id, package_id)
);

create table group_order (
    id             bigserial primary key,
    group_buy_id   bigint not null references group_buy (id),
    household_id   bigint not null references household (id),
    building_id    bigint not null,
    compound_id    bigint not null,
    committee_id   bigint not null,
    street_id      bigint not null,
    district_id    bigint not null,
    status         varchar(12) not null check (status in ('PLACED', 'CANCELLED')),
    total_fen      integer not null check (total_fen >= 0),
    paid           boolean not null default false,
    channel        varchar(12) not null check (channel in ('PHONE', 'STAFF', 'IMPORT')),
    remark         varchar(500),
    placed_by      varchar(60) not null,
    placed_at      timestamptz not null,
    cancelled_at   timestamptz,
    cancel_reason  varchar(500),
    delivered_at   timestamptz,
    delivered_by   varchar(60)
);
create index group_order_buy_idx on group_order (group_buy_id, building_id, household_id);
create index group_order_household_idx on group_order (household_id);

create table group_order_line (
    order_id    bigint not null references group_order (id),
    package_id  bigint not null references supply_package (id),
    quantity    integer not null check (quantity > 0),
    price_fen   integer not null,
    primary key (order_id, package_id)
);

-- Rows of a group-buy mini-program export (快团团): matched rows point at their order, unmatched rows wait for
-- a clerk to name the household. (跟团号, 商品) is the row's identity, so importing a file again changes nothing.
create table order_import_row (
    id             bigserial primary key,
    group_buy_id   bigint not null references group_buy (id),
    team_no        varchar(40) not null,
    product        varchar(100) not null,
    package_id     bigint not null references supply_package (id),
    quantity       integer not null check (quantity > 0),
    recipient      varchar(50),
    phone          varchar(20),
    address        varchar(300) not null,
    remark         varchar(500),
    order_id       bigint references group_order (id),
    imported_at    timestamptz not null,
    constraint order_import_row_key unique (group_buy_id, team_no, product)
);

-- Government packages (政府保供包): one per household over a territory node, vulnerable households first.
create table government_round (
    id            bigserial primary key,
    name          varchar(100) not null,
    node_id       bigint not null references territory_node (id),
    district_id   bigint,
    street_id     bigint,
    committee_id  bigint,
    compound_id   bigint,
    contents      text[] not null,
    slot_start    timestamptz not null,
    slot_end      timestamptz not null,
    created_by    varchar(60) not null,
    created_at    timestamptz not null
);

create table government_delivery (
    round_id      bigint not null references government_round (id),
    household_id  bigint not null references household (id),
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    vulnerable    boolean not null,
    position      integer not null,
    delivered_at  timestamptz,
    delivered_by  varchar(60),
    primary key (round_id, household_id)
);
create index government_delivery_compound_idx on government_delivery (compound_id, round_id);
create index government_delivery_committee_idx on government_delivery (committee_id);

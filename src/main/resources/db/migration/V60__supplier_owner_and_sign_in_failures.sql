-- module: identity
-- The district that put a supplier on its whitelist and approves its couriers and passes; null when the city
-- keeps it. Only that district (or the city) creates and disables the supplier's accounts.
alter table supplier add column district_id bigint references territory_node (id);
create index supplier_district_idx on supplier (district_id);

-- Failed password sign-ins by client address, whichever account they tried, so that one client spraying many
-- usernames is slowed down on every node. Rows older than the throttle window are deleted as new ones arrive.
create table sign_in_failure (
    id           bigserial primary key,
    remote_addr  varchar(64) not null,
    at           timestamptz not null
);
create index sign_in_failure_addr_idx on sign_in_failure (remote_addr, at);
create index sign_in_failure_at_idx on sign_in_failure (at);

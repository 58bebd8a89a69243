-- module: volunteers
-- The volunteer register (DESIGN §4.7): who volunteers for a committee, their phone, skills, the buildings they
-- serve (one building leader 楼长 per building), their shifts and their own tests (a volunteer whose daily test
-- is stale gets no door task).
create table volunteer (
    id            bigserial primary key,
    district_id   bigint not null,
    street_id     bigint not null,
    committee_id  bigint not null,
    user_id       bigint unique,
    name          varchar(60) not null,
    phone         varchar(20) not null,
    skills        text[] not null default '{}',
    created_by    varchar(60) not null,
    created_at    timestamptz not null,
    constraint volunteer_phone_key unique (committee_id, phone)
);
create index volunteer_committee_idx on volunteer (committee_id);

create table volunteer_post (
    volunteer_id  bigint not null references volunteer (id) on delete cascade,
    building_id   bigint not null,
    leader        boolean not null default false,
    primary key (volunteer_id, building_id)
);
create index volunteer_post_idx on volunteer_post (building_id);
create unique index volunteer_post_leader_key on volunteer_post (building_id) where leader;

create table volunteer_shift (
    volunteer_id  bigint not null references volunteer (id) on delete cascade,
    day           date not null,
    starts        time not null,
    ends          time not null,
    primary key (volunteer_id, day, starts),
    constraint volunteer_shift_order check (starts < ends)
);
create index volunteer_shift_day_idx on volunteer_shift (day);

create table volunteer_test (
    id            bigserial primary key,
    volunteer_id  bigint not null references volunteer (id) on delete cascade,
    kind          varchar(8) not null check (kind in ('PCR', 'ANTIGEN')),
    taken_at      timestamptz not null,
    result        varchar(8) not null check (result in ('NEGATIVE', 'POSITIVE')),
    recorded_by   varchar(60) not null
);
create index volunteer_test_idx on volunteer_test (volunteer_id, taken_at);

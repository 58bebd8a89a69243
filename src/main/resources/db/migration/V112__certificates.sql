-- module: certificates
-- Work-absence certificates (误工证明): a resident's request for a date range, and the certificate the committee
-- issues from the compound's zone history, with a verification code anyone may check; revocable. The masked
-- name and the committee's name are kept as issued, so the public check never reads the registry.
create table certificate_request (
    id            bigserial primary key,
    resident_id   bigint not null,
    household_id  bigint not null,
    building_id   bigint not null,
    compound_id   bigint not null,
    committee_id  bigint not null,
    street_id     bigint not null,
    district_id   bigint not null,
    from_date     date not null,
    to_date       date not null,
    asked_at      timestamptz not null,
    asked_by      varchar(100) not null,
    status        varchar(10) not null default 'ASKED' check (status in ('ASKED', 'ISSUED')),
    certificate_id bigint,
    check (from_date <= to_date)
);
create index certificate_request_committee_idx on certificate_request (committee_id, status);

create table certificate (
    id             bigserial primary key,
    code           varchar(20) not null unique,
    resident_id    bigint not null,
    household_id   bigint not null,
    building_id    bigint not null,
    compound_id    bigint not null,
    committee_id   bigint not null,
    street_id      bigint not null,
    district_id    bigint not null,
    masked_name    varchar(100) not null,
    from_date      date not null,
    to_date        date not null,
    committee_name varchar(100) not null,
    compound_name  varchar(100) not null,
    issued_at      timestamptz not null,
    issued_by      varchar(100) not null,
    revoked_at     timestamptz,
    revoked_by     varchar(100),
    revoke_reason  varchar(500),
    check (from_date <= to_date)
);
create index certificate_resident_idx on certificate (resident_id);
create index certificate_committee_idx on certificate (committee_id, issued_at desc);

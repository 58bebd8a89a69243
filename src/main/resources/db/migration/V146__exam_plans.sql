-- module: exams
-- One plan per exam student (一人一策): a quiet place to study, a teacher to call, the EXAM request that tracks it,
-- and the exam days, each with its site and the closed-loop trip ordered for it. Rows carry the student's
-- territory ids for scoping.
create table exam_plan (
    resident_id    bigint primary key,
    household_id   bigint not null,
    building_id    bigint,
    compound_id    bigint not null,
    committee_id   bigint not null,
    street_id      bigint not null,
    district_id    bigint not null,
    quiet_place    varchar(200) not null,
    teacher_name   varchar(100) not null,
    teacher_phone  varchar(30) not null,
    request_id     bigint,
    updated_by     varchar(60) not null,
    updated_at     timestamptz not null
);
create index exam_plan_committee_idx on exam_plan (committee_id);

create table exam_day (
    resident_id   bigint not null references exam_plan (resident_id),
    exam_date     date not null,
    site_name     varchar(200) not null,
    site_address  varchar(200) not null,
    leave_at      time not null,
    return_at     time not null,
    trip_id       bigint,
    primary key (resident_id, exam_date),
    constraint exam_day_times check (return_at > leave_at)
);

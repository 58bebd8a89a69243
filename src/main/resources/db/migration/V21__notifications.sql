-- In-app notifications: what a user should look at, with a link to it.
create table notification (
    id          bigserial primary key,
    user_id     bigint not null references app_user (id) on delete cascade,
    text        varchar(500) not null,
    link        varchar(200),
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unread_idx on notification (user_id) where read_at is null;

-- module: identity
-- API tokens may carry scopes (a lab token only posts results and reads its own uploads; a supplier's integration
-- token only its orders); no scopes: everything the account may do, as before. A token may expire, and rotating
-- one gives the old token an end a grace period later, so a client switches over without downtime.
alter table api_token add column scopes text[] not null default '{}';
alter table api_token add column expires_at timestamptz;
alter table api_token add column replaced_by bigint references api_token (id);

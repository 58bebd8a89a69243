-- module: notifications
-- A notification that asks its reader to call someone (the street's alert of a critical medical request) names
-- the request whose person to call; the number itself is read from the request when the alert is shown, within
-- the reader's scope, masked unless the reader's role must call (each such view is audited).
alter table notification add column call_request_id bigint;

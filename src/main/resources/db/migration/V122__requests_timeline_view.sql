-- Owned by requests. Every request with where it belongs, its category, status, deadlines and the times it was
-- filed, acknowledged, resolved and closed, for set-based readers such as the command summaries.
create view request_timeline as
select id, compound_id, committee_id, street_id, district_id, category, critical, status, filed_at, ack_due_at,
       resolve_due_at, acknowledged_at, resolved_at, closed_at
from service_request;

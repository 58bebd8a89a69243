-- Owned by medical. Every closed-loop trip with where its patient lives, its status and when it was requested and
-- closed, for set-based readers such as the command summaries.
create view trip_timeline as
select id, compound_id, committee_id, street_id, district_id, need, status, requested_at, closed_at
from trip;

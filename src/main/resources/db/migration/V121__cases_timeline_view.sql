-- Owned by cases. Every positive case with where it lives and the times of its lifecycle, for set-based readers
-- such as the command summaries (counts at a moment, new cases per day, found under control or in screening, beds taken per facility).
create view case_timeline as
select id, compound_id, committee_id, street_id, district_id, type, found_by, status, reported_on, reported_at,
       transfer_started_at, admitted_at, facility_code, discharged_at
from positive_case;

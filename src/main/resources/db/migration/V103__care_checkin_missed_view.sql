-- Owned by care. Check-ins missed: a vulnerable person on a day's list who is still not reached although the
-- check-in was due on an earlier day or its contact has already been alerted for it, one row each, with the
-- territory ids the command summaries count by.
create view checkin_missed as
select day, compound_id, committee_id, street_id, district_id
from care_day
where open and (due < day or contact_alerted);

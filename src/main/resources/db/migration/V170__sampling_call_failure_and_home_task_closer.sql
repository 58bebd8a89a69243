-- A building's sampling call can fail (nobody answers the building's group, the building refuses): who said so,
-- when and why, so the committee sees the reason next to the schedule and calls again or sends someone.
alter table sampling_call add column failed_at timestamptz;
alter table sampling_call add column failed_by varchar(60);
alter table sampling_call add column failure_reason varchar(200);

-- A home-sampling task closed from a volunteer's list: who closed it, and the reason when it failed (not home,
-- refused at the door). A task closed by a scanned tube keeps these empty.
alter table home_sampling_task add column closed_by varchar(60);
alter table home_sampling_task add column failure_reason varchar(200);

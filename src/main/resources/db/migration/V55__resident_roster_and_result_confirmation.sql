-- resident_roster: owned by residents. A read view for set-based work of other modules that needs every resident
-- with where they live (a round's coverage and missing lists per building, the merge of a city's lab results):
-- the resident's id, the ids of their household, building, compound, committee, street and district (so a
-- TerritoryScope condition applies to it as to resident rows), the room, the building's code and name, the
-- resident's name, birth date and vulnerability tags. Personal data (ID number, phone) is not in it.
create view resident_roster as
select r.id as resident_id, r.household_id, r.building_id, r.compound_id, r.committee_id, r.street_id,
       r.district_id, h.room, b.code as building_code, b.name as building_name, r.name, r.birth_date, r.tags
from resident r
join household h on h.id = r.household_id
join territory_node b on b.id = r.building_id;

-- A home-sampling task can be called off: a pool reported positive whose correction to negative a person
-- confirmed no longer needs its members rechecked.
alter table home_sampling_task drop constraint home_sampling_task_status_check;
alter table home_sampling_task add constraint home_sampling_task_status_check
    check (status in ('OPEN', 'DONE', 'FAILED', 'CANCELLED'));

-- Who confirmed a positive tube's correction to negative, and when.
alter table screening_tube add column confirmed_by varchar(60);
alter table screening_tube add column confirmed_at timestamptz;

-- Finding a lab's earlier rows by what they said, so a file sent twice is recognised row by row.
create index unmatched_result_lookup_idx on unmatched_result (tube_code, reported_at) where matched_at is null;

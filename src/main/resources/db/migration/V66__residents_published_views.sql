-- module: residents
-- The resident registry's published read views. Other modules join these, never household or resident.
-- household_place: where a household lives (its building, room and the ids of every territory level above).
create view household_place as
select id, building_id, compound_id, committee_id, street_id, district_id, room
from household;

-- resident_facts: what other modules need to know about a resident: where they live, who they are (name,
-- document, phone and birth date, masked by the reader as its role requires), their vulnerability tags and
-- medical profile (own dialysis and oncology hospital, pregnancy, long-term medicines).
create view resident_facts as
select id, household_id, building_id, compound_id, committee_id, street_id, district_id, name, id_type, id_number,
       phone, birth_date, sex, tags, dialysis_hospital_code, oncology_hospital_code, pregnancy_due_date,
       long_term_medicines
from resident;

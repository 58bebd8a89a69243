-- A trip can go to a named site that is not a hospital (an exam student's closed loop to the exam site and back).
-- Such a trip has the need EXAM, no hospital and the site's name, address and map point; every other trip keeps
-- its hospital. Rows and reads elsewhere take the site where they took the hospital.
alter table trip drop constraint trip_need_check;
alter table trip add constraint trip_need_check
    check (need in ('DIALYSIS', 'CHEMO', 'PREGNANCY', 'FEVER', 'OTHER', 'EXAM'));
alter table trip alter column hospital_code drop not null;
alter table trip
    add column site_name     varchar(200),
    add column site_address  varchar(200),
    add column site_lat      double precision,
    add column site_lon      double precision;
alter table trip add constraint trip_destination check (
    (need <> 'EXAM' and hospital_code is not null and site_name is null)
    or (need = 'EXAM' and hospital_code is null and site_name is not null and site_address is not null
        and site_lat is not null and site_lon is not null));

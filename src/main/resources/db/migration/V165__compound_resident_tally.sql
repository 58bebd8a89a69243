-- module: residents
-- How many residents live in each compound, kept current as residents are written, so that readers of
-- compound_resident_count (the daily bulletin's residents per zone, the command summaries) read one row per
-- compound instead of grouping every resident of their scope (24.9 million at city scale).
--
-- Every write path goes through the resident table's triggers: a registration or an import adds (one upsert per
-- statement, grouped by compound from the statement's new rows), a move from one compound to another moves one,
-- a removal takes away, a truncate empties. A bulk load (the demo city's COPY) switches the adding trigger off
-- with resident_tally_suspend() and recounts once with resident_tally_resume(), in its own transaction.
create table compound_resident_tally (
    compound_id   bigint primary key,
    district_id   bigint not null,
    street_id     bigint not null,
    committee_id  bigint not null,
    residents     bigint not null check (residents >= 0)
);
create index compound_resident_tally_district_idx on compound_resident_tally (district_id);
create index compound_resident_tally_street_idx on compound_resident_tally (street_id);
create index compound_resident_tally_committee_idx on compound_resident_tally (committee_id);

insert into compound_resident_tally (compound_id, district_id, street_id, committee_id, residents)
select compound_id, min(district_id), min(street_id), min(committee_id), count(*)
from resident
group by compound_id;

create function resident_tally_added() returns trigger language plpgsql as $$
begin
    insert into compound_resident_tally as t (compound_id, district_id, street_id, committee_id, residents)
    select compound_id, min(district_id), min(street_id), min(committee_id), count(*)
    from added
    group by compound_id
    order by compound_id
    on conflict (compound_id) do update set residents = t.residents + excluded.residents;
    return null;
end $$;

create function resident_tally_removed() returns trigger language plpgsql as $$
begin
    update compound_resident_tally t set residents = t.residents - r.residents
    from (select compound_id, count(*) as residents from removed group by compound_id) r
    where t.compound_id = r.compound_id;
    return null;
end $$;

create function resident_tally_moved() returns trigger language plpgsql as $$
begin
    update compound_resident_tally set residents = residents - 1 where compound_id = old.compound_id;
    insert into compound_resident_tally as t (compound_id, district_id, street_id, committee_id, residents)
    values (new.compound_id, new.district_id, new.street_id, new.committee_id, 1)
    on conflict (compound_id) do update set residents = t.residents + 1;
    return null;
end $$;

create function resident_tally_cleared() returns trigger language plpgsql as $$
begin
    delete from compound_resident_tally;
    return null;
end $$;

create trigger resident_tally_insert after insert on resident
    referencing new table as added for each statement execute function resident_tally_added();
create trigger resident_tally_delete after delete on resident
    referencing old table as removed for each statement execute function resident_tally_removed();
create trigger resident_tally_move after update of compound_id on resident
    for each row when (old.compound_id is distinct from new.compound_id) execute function resident_tally_moved();
create trigger resident_tally_truncate after truncate on resident
    for each statement execute function resident_tally_cleared();

-- For a bulk load inside one transaction: no per-statement tally while copying, one recount at the end.
create function resident_tally_suspend() returns void language plpgsql as $$
begin
    alter table resident disable trigger resident_tally_insert;
end $$;

create function resident_tally_resume() returns void language plpgsql as $$
begin
    alter table resident enable trigger resident_tally_insert;
    delete from compound_resident_tally;
    insert into compound_resident_tally (compound_id, district_id, street_id, committee_id, residents)
    select compound_id, min(district_id), min(street_id), min(committee_id), count(*)
    from resident
    group by compound_id;
end $$;

-- Same name and columns as before (V76), now one row per compound with residents.
create or replace view compound_resident_count as
select district_id, street_id, committee_id, compound_id, residents
from compound_resident_tally
where residents > 0;

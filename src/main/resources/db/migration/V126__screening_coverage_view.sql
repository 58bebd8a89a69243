-- Owned by screening. Each compound's latest screening round (by round date): residents in scope when planned and
-- residents sampled, so readers can show coverage without reading samples themselves.
create view screening_unit_coverage as
with latest as (
    select distinct on (u.compound_id) u.compound_id, u.round_id, r.round_date, u.residents
    from screening_round_unit u
    join screening_round r on r.id = u.round_id
    order by u.compound_id, r.round_date desc, u.round_id desc
)
select l.compound_id, l.round_date, l.residents,
       (select count(distinct s.resident_id) from screening_sample s
        where s.round_id = l.round_id and s.compound_id = l.compound_id) as residents_sampled
from latest l;

-- module: screening
-- Owned by screening. Each compound's latest screening round (by round date) and whether it is clear: complete
-- (at least as many residents sampled as were in scope when planned, and every tube with a result) and all
-- negative (every tube of the compound in that round negative). Zones reads it when the active rule set
-- requires a clear screening before a downgrade. Computed from screening's V50 tables.
create view screening_unit_clearance as
with latest as (
    select distinct on (u.compound_id) u.compound_id, u.round_id, r.round_date, u.residents
    from screening_round_unit u
    join screening_round r on r.id = u.round_id
    order by u.compound_id, r.round_date desc, u.round_id desc
),
sampled as (
    select l.compound_id,
           count(distinct s.resident_id) as residents_sampled,
           count(distinct s.tube_id) filter (where t.result is null) as tubes_pending,
           count(distinct s.tube_id) filter (where t.result is not null and t.result <> 'NEGATIVE') as tubes_not_negative
    from latest l
    join screening_sample s on s.round_id = l.round_id and s.compound_id = l.compound_id
    join screening_tube t on t.id = s.tube_id
    group by l.compound_id
)
select l.compound_id,
       l.round_date,
       coalesce(s.residents_sampled, 0) >= l.residents and coalesce(s.tubes_pending, 0) = 0 as complete,
       coalesce(s.residents_sampled, 0) > 0 and coalesce(s.tubes_pending, 0) = 0
           and coalesce(s.tubes_not_negative, 0) = 0 as all_negative
from latest l
left join sampled s on s.compound_id = l.compound_id;

package org.lifeline.zones;

/**
 * The one statement that recomputes zone units set-based: from each unit's day 0, the zone the active rule set
 * gives it (held where a required clear screening is missing), the override where one holds (an override past its
 * end date ends here); then it writes only the units that changed, their history and the compounds' current zone,
 * and answers the changes, with the number of overrides that ended on a row of its own when nothing changed.
 */
final class RecomputeStatement {

	private static final String TEMPLATE = """
			with rule as (
			    select name, sealed_days, controlled_days, requires_clear_screening as needs_screening, seals_buildings
			    from zone_rule_set where active),
			unit as (
			    select u.*, %2$s as day0
			    from zone_unit u
			    %3$s
			    where %1$s),
			calc as (
			    select u.unit_id, u.kind, u.compound_id, u.district_id, u.code, u.name, u.zone as old_zone,
			           u.computed_zone as old_computed, u.day_zero as old_day0, u.rule_set as old_rule,
			           u.override_zone, u.override_reason, u.override_until, u.override_by,
			           r.name as rule_name, r.needs_screening, u.day0,
			           u.override_zone is not null and u.override_until < cast(:today as date) as expired,
			           case when u.kind = 'BUILDING' and not r.seals_buildings then 'PRECAUTION'
			                when u.day0 is null then 'PRECAUTION'
			                when cast(:today as date) - u.day0 < r.sealed_days then
			                     case when u.kind = 'COMPOUND' and r.seals_buildings then 'CONTROLLED' else 'SEALED' end
			                when cast(:today as date) - u.day0 < r.sealed_days + r.controlled_days
			                     then 'CONTROLLED'
			                else 'PRECAUTION' end as by_days,
			           coalesce(s.complete and s.all_negative and s.round_date > u.day0, false) as screening_clear
			    from unit u cross join rule r
			    left join (select * from screening_unit_clearance
			               where (select requires_clear_screening from zone_rule_set where active)) s
			           on s.compound_id = u.compound_id),
			decided as materialized (
			    select d.*, d.new_zone <> d.old_zone or d.computed <> d.old_computed
			                or d.day0 is distinct from d.old_day0 or d.rule_name is distinct from d.old_rule
			                or d.expired as changed
			    from (select calc.*, held.computed, held.overridden,
			                 case when held.overridden then calc.override_zone else held.computed end as new_zone
			          from calc cross join lateral (
			              select case when calc.needs_screening and not calc.screening_clear
			                           and zone_rank(calc.by_days) < zone_rank(calc.old_computed)
			                          then calc.old_computed else calc.by_days end as computed,
			                     calc.override_zone is not null
			                         and (calc.override_until is null or calc.override_until >= cast(:today as date))
			                         as overridden
			          ) held) d),
			updated as (
			    update zone_unit u set day_zero = d.day0, computed_zone = d.computed, zone = d.new_zone,
			           since = case when d.new_zone <> d.old_zone then cast(:now as timestamptz) else u.since end,
			           rule_set = d.rule_name, computed_at = cast(:now as timestamptz),
			           override_zone = case when d.expired then null else u.override_zone end,
			           override_reason = case when d.expired then null else u.override_reason end,
			           override_until = case when d.expired then null else u.override_until end,
			           override_by = case when d.expired then null else u.override_by end,
			           override_at = case when d.expired then null else u.override_at end
			    from decided d
			    where u.unit_id = d.unit_id and d.changed
			    returning d.unit_id, d.kind, d.compound_id, d.district_id, d.code, d.name, d.old_zone, d.new_zone, d.day0,
			              d.override_reason, d.override_until, d.override_by, d.rule_name, d.needs_screening,
			              d.overridden, d.expired),
			changes as materialized (
			    select x.*, k.reason_key,
			           case when k.reason_key = 'zones.why.positive' and x.kind = 'COMPOUND'
			                then coalesce((select b.name from zone_unit b
			                               where b.compound_id = x.compound_id and b.kind = 'BUILDING'
			                                 and b.day_zero = x.day0 order by b.unit_id limit 1), x.name)
			                else x.name end as place
			    from updated x cross join lateral (
			        select case
			               when x.overridden then 'zones.why.override'
			               when x.expired then 'zones.why.overrideEnded'
			               when zone_rank(x.new_zone) > zone_rank(x.old_zone) and :cause = 'RULE_SET' then 'zones.why.ruleSet'
			               when zone_rank(x.new_zone) > zone_rank(x.old_zone) and x.day0 is not null then 'zones.why.positive'
			               when x.day0 is null then 'zones.why.noPositive'
			               when x.needs_screening then 'zones.why.cleanAndNegative'
			               else 'zones.why.clean' end as reason_key
			    ) k
			    where x.new_zone <> x.old_zone),
			reasons as (
			    select c.*,
			           case c.reason_key
			               when 'zones.why.override' then array[c.override_reason, coalesce(c.override_until::text, '-')]
			               when 'zones.why.ruleSet' then array[c.rule_name]
			               when 'zones.why.positive' then array[c.place, c.day0::text]
			               when 'zones.why.clean' then array[(cast(:today as date) - c.day0)::text]
			               when 'zones.why.cleanAndNegative' then array[(cast(:today as date) - c.day0)::text]
			               else array[]::text[] end as reason_args,
			           case c.reason_key
			               when 'zones.why.override' then format(:overrideText, c.override_reason, coalesce(%4$s, '-'))
			               when 'zones.why.overrideEnded' then format(:overrideEndedText)
			               when 'zones.why.ruleSet' then format(:ruleSetText, c.rule_name)
			               when 'zones.why.positive' then format(:positiveText, c.place, %5$s)
			               when 'zones.why.noPositive' then format(:noPositiveText)
			               when 'zones.why.cleanAndNegative' then format(:cleanAndNegativeText, cast(:today as date) - c.day0)
			               else format(:cleanText, cast(:today as date) - c.day0) end as reason_text,
			           case when c.overridden then c.override_by else 'system' end as changed_by
			    from changes c),
			history as (
			    insert into zone_change (compound_id, district_id, unit_id, building_id, from_zone, to_zone, reason,
			                             reason_key, reason_args, changed_by, changed_at)
			    select compound_id, district_id, unit_id, case when kind = 'BUILDING' then unit_id end, old_zone, new_zone,
			           left(reason_text, 500), reason_key, reason_args, changed_by, cast(:now as timestamptz)
			    from reasons),
			synced as (
			    insert into compound_zone (compound_id, district_id, zone, since, reason, changed_by)
			    select unit_id, district_id, new_zone, cast(:now as timestamptz), left(reason_text, 500), changed_by
			    from reasons where kind = 'COMPOUND'
			    on conflict (compound_id) do update set zone = excluded.zone, since = excluded.since,
			        reason = excluded.reason, changed_by = excluded.changed_by)
			select r.unit_id, r.kind, r.compound_id, r.code, r.old_zone, r.new_zone, left(r.reason_text, 500) as reason_text,
			       r.changed_by, e.overrides_ended
			from (select count(*) filter (where expired) as overrides_ended from updated) e
			left join reasons r on true""";

	/** Each building's and each compound's latest day with a positive. */
	private static final String POSITIVES_JOIN = """
			left join (select building_id as unit_id, max(reported_on) as day0 from zone_positive group by building_id
			           union all
			           select compound_id, max(reported_on) from zone_positive group by compound_id) p
			       on p.unit_id = u.unit_id""";

	private RecomputeStatement() {
	}

	/**
	 * The statement for every unit ({@code oneCompound} false) or for the units of the compounds named by
	 * {@code :compounds}. The screening clearance is read only when the active rule set needs it: the subquery's
	 * condition is decided once, before any clearance is computed.
	 */
	static String sql(boolean oneCompound) {
		return sql(oneCompound, false);
	}

	/**
	 * As {@link #sql(boolean)}; with {@code fromPositives} every unit's day 0 is first taken from zones' positives
	 * per building per day (its latest date there), in the same statement, so each unit is written once.
	 */
	static String sql(boolean oneCompound, boolean fromPositives) {
		return TEMPLATE.formatted(oneCompound ? "u.compound_id in (:compounds)" : "true",
				fromPositives ? "coalesce(p.day0, u.day_zero)" : "u.day_zero", fromPositives ? POSITIVES_JOIN : "",
				chineseDay("c.override_until"), chineseDay("c.day0"));
	}

	/** A date as the official phrasing writes it: 4月12日. */
	private static String chineseDay(String column) {
		return "(extract(month from " + column + ")::int || '月' || extract(day from " + column + ")::int || '日')";
	}
}

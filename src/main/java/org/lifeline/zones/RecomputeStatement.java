package org.lifeline.zones;

/**
 * The one statement that recomputes zone units set-based: from each unit's day 0, the zone the active rule set
 * gives it (held where a required clear screening is missing), the
 * override where one holds; then it writes the units that changed, their history and the compounds' current
 * zone, and answers the changes.
 */
final class RecomputeStatement {

	private static final String TEMPLATE = """
			with rule as (
			    select name, sealed_days, controlled_days, requires_clear_screening as needs_screening, seals_buildings
			    from zone_rule_set where active),
			calc as (
			    select u.unit_id, u.kind, u.compound_id, u.district_id, u.code, u.name, u.zone as old_zone,
			           u.computed_zone as old_computed, u.day_zero as old_day0, u.rule_set as old_rule,
			           u.override_zone, u.override_reason, u.override_until, u.override_by,
			           r.name as rule_name, r.needs_screening, u.day_zero as day0,
			           case when u.kind = 'BUILDING' and not r.seals_buildings then 'PRECAUTION'
			                when u.day_zero is null then 'PRECAUTION'
			                when cast(:today as date) - u.day_zero < r.sealed_days then
			                     case when u.kind = 'COMPOUND' and r.seals_buildings then 'CONTROLLED' else 'SEALED' end
			                when cast(:today as date) - u.day_zero < r.sealed_days + r.controlled_days
			                     then 'CONTROLLED'
			                else 'PRECAUTION' end as by_days,
			           %2$s as screening_clear
			    from zone_unit u cross join rule r
			    %3$s
			    where %4$s),
			decided as (
			    select calc.*, held.computed,
			           case when held.overridden then calc.override_zone else held.computed end as new_zone,
			           held.overridden
			    from calc cross join lateral (
			        select case when calc.needs_screening and not calc.screening_clear
			                     and zone_rank(calc.by_days) < zone_rank(calc.old_computed)
			                    then calc.old_computed else calc.by_days end as computed,
			               calc.override_zone is not null
			                   and (calc.override_until is null or calc.override_until >= cast(:today as date)) as overridden
			    ) held),
			updated as (
			    update zone_unit u set day_zero = d.day0, computed_zone = d.computed, zone = d.new_zone,
			           since = case when d.new_zone <> d.old_zone then cast(:now as timestamptz) else u.since end,
			           rule_set = d.rule_name, computed_at = cast(:now as timestamptz)
			    from decided d
			    where u.unit_id = d.unit_id
			      and (d.new_zone <> d.old_zone or d.computed <> d.old_computed or d.day0 is distinct from d.old_day0
			           or d.rule_name is distinct from d.old_rule)
			    returning d.*),
			placed as (
			    select x.*, case when x.kind = 'BUILDING' then x.name
			                     else coalesce((select b.name from zone_unit b
			                                    where b.compound_id = x.compound_id and b.kind = 'BUILDING'
			                                      and b.day_zero = x.day0 order by b.unit_id limit 1), x.name) end as place
			    from updated x where x.new_zone <> x.old_zone),
			changes as (
			    select x.*, case
			           when x.overridden then 'zones.why.override'
			           when x.unit_id in (:expired) then 'zones.why.overrideEnded'
			           when zone_rank(x.new_zone) > zone_rank(x.old_zone) and :cause = 'RULE_SET' then 'zones.why.ruleSet'
			           when zone_rank(x.new_zone) > zone_rank(x.old_zone) and x.day0 is not null then 'zones.why.positive'
			           when x.day0 is null then 'zones.why.noPositive'
			           when x.needs_screening then 'zones.why.cleanAndNegative'
			           else 'zones.why.clean' end as reason_key
			    from placed x),
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
			               when 'zones.why.override' then format(:overrideText, c.override_reason, coalesce(%5$s, '-'))
			               when 'zones.why.overrideEnded' then format(:overrideEndedText)
			               when 'zones.why.ruleSet' then format(:ruleSetText, c.rule_name)
			               when 'zones.why.positive' then format(:positiveText, c.place, %6$s)
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
			select unit_id, kind, compound_id, code, old_zone, new_zone, left(reason_text, 500) as reason_text, changed_by
			from reasons""";

	private static final String CLEARANCE_JOIN = "left join screening_unit_clearance s on s.compound_id = u.compound_id";

	private static final String CLEAR = "coalesce(s.complete and s.all_negative and s.round_date > u.day_zero, false)";

	private RecomputeStatement() {
	}

	/**
	 * The statement for every unit ({@code oneCompound} false) or for the units of the compounds named by
	 * {@code :compounds}; the screening clearance is joined only when the active rule set needs it.
	 */
	static String sql(boolean oneCompound, boolean needsScreening) {
		return TEMPLATE.formatted("", needsScreening ? CLEAR : "false", needsScreening ? CLEARANCE_JOIN : "",
				oneCompound ? "u.compound_id in (:compounds)" : "true", chineseDay("c.override_until"),
				chineseDay("c.day0"));
	}

	/** A date as the official phrasing writes it: 4月12日. */
	private static String chineseDay(String column) {
		return "(extract(month from " + column + ")::int || '月' || extract(day from " + column + ")::int || '日')";
	}
}

package org.lifeline.dashboard;

import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;

/**
 * The open items of each task force's queue, one statement each over the views the owning modules publish (cases'
 * case_timeline, requests' request_timeline, medical's trip_timeline, supplies' delivery_queue) or over the kept
 * compound figures (screening coverage, check-ins missed). Every statement yields the same columns: the item's id,
 * what it is, its compound, the time it counts from, a figure, how urgent it is among items of
 * the same time (more households waiting, lower coverage, more check-ins missed) and whether it is overdue; {@code %s} is the scope
 * condition of the node, an indexed equality on its district, street, committee or compound id.
 */
final class BoardQueueStatements {

	private BoardQueueStatements() {
	}

	/**
	 * Positives waiting at home or in transfer; overdue once they have waited over 24 hours or were reported before
	 * today (the clear-daily rule).
	 */
	static final String ISOLATION = """
			select v.id, v.type as what, v.compound_id, v.reported_at as since, null::numeric as figure, null::numeric as urgency,
			       v.reported_at < :now - interval '24 hours' or v.reported_on < :today as overdue
			from case_timeline v
			where %s and v.status in ('REPORTED', 'AWAITING_TRANSFER', 'IN_TRANSFER')""";

	/** Requests not yet resolved; overdue when the acknowledgement or the resolution is past its deadline. */
	static final String REQUESTS = """
			select v.id, v.category as what, v.compound_id, v.filed_at as since, null::numeric as figure, null::numeric as urgency,
			       (v.acknowledged_at is null and v.ack_due_at < :now) or v.resolve_due_at < :now as overdue
			from request_timeline v
			where %s and v.status not in ('RESOLVED', 'CLOSED')""";

	/** Trips still waiting for their vehicle to set out; overdue after two hours. */
	static final String MEDICAL = """
			select v.id, v.need as what, v.compound_id, v.requested_at as since, null::numeric as figure, null::numeric as urgency,
			       v.requested_at < :now - interval '2 hours' as overdue
			from trip_timeline v
			where %s and v.status in ('REQUESTED', 'ASSIGNED')""";

	/** Package rounds and group buys still to deliver to a compound, with the households waiting; overdue when due. */
	static final String SUPPLIES = """
			select v.ref_id as id, v.kind as what, v.compound_id, v.due_at as since, v.households::numeric as figure, v.households::numeric as urgency,
			       v.due_at < :now as overdue
			from delivery_queue v
			where %s""";

	/** Compounds whose latest screening covered less than 99% of their residents, on the day of the figures. */
	static final String SCREENING = """
			select v.node_id as id, 'COVERAGE' as what, v.node_id as compound_id, null::timestamptz as since,
			       round(100.0 * v.screening_sampled / v.screening_residents, 1) as figure,
			       -1.0 * v.screening_sampled / v.screening_residents as urgency, true as overdue
			from dashboard_figures v
			where %s and v.kind = 'COMPOUND' and v.day = :day and v.screening_residents > 0
			  and v.screening_sampled * 100 < v.screening_residents * 99""";

	/** Compounds with vulnerable people not reached on time, on the day of the figures. */
	static final String CARE = """
			select v.node_id as id, 'CHECK_INS' as what, v.node_id as compound_id, null::timestamptz as since,
			       v.checkins_missed::numeric as figure, v.checkins_missed::numeric as urgency, true as overdue
			from dashboard_figures v
			where %s and v.kind = 'COMPOUND' and v.day = :day and v.checkins_missed > 0""";

	static final String ORDER = " order by q.overdue desc, q.since nulls last, q.urgency desc nulls last, q.id";

	/** The first items in queue order, their compounds' names looked up only for those few. */
	static String items(String queue, int limit) {
		return "select q.id, q.what, q.since, q.figure, q.overdue, q.urgency, p.code as place_code, p.name as place"
				+ " from (select * from (" + queue + ") q" + ORDER + " limit " + limit + ") q"
				+ " join territory_placement p on p.id = q.compound_id" + ORDER;
	}

	static String totals(String queue) {
		return "select count(*) as total, count(*) filter (where q.overdue) as overdue from (" + queue + ") q";
	}

	static String queue(TaskForce force, TerritoryNode node) {
		return switch (force) {
			case ISOLATION -> ISOLATION.formatted(TerritoryScope.of(node).condition("v"));
			case REQUESTS -> REQUESTS.formatted(TerritoryScope.of(node).condition("v"));
			case MEDICAL -> MEDICAL.formatted(TerritoryScope.of(node).condition("v"));
			case SUPPLIES -> SUPPLIES.formatted(TerritoryScope.of(node).condition("v"));
			case SCREENING -> SCREENING.formatted(figuresScope(node));
			case CARE -> CARE.formatted(figuresScope(node));
		};
	}

	/** The scope over the kept compound figures, which carry their district, street and committee (parent) ids. */
	static String figuresScope(TerritoryNode node) {
		return switch (node.kind()) {
			case CITY -> "true";
			case DISTRICT -> "v.district_id = " + node.id();
			case STREET -> "v.street_id = " + node.id();
			case COMMITTEE -> "v.parent_id = " + node.id();
			default -> "v.node_id = " + node.id();
		};
	}
}

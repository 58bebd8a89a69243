package org.lifeline.medical.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.medical.dispatch.DispatchPlan.ScheduledTrip;
import org.lifeline.medical.dispatch.DispatchPlan.UnassignedTrip;
import org.lifeline.medical.dispatch.DispatchPlan.VehicleRoute;
import org.lifeline.medical.dispatch.ProposalView.LeftOut;
import org.lifeline.medical.dispatch.ProposalView.Route;
import org.lifeline.medical.dispatch.ProposalView.Stop;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proposals with their legs; a proposal belongs to the scope that made it and is read only in that scope. */
@Repository
class ProposalStore {

	private final JdbcClient jdbc;

	ProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(TerritoryScope scope, String actor, DispatchProposal proposal, Map<Long, OpenLeg> legs) {
		DispatchPlan plan = proposal.plan();
		long id = jdbc.sql("""
				insert into dispatch_proposal (scope_level, scope_node_id, planned_at, planned_by, planning_millis,
				    weighted_wait, greedy_weighted_wait) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(scope.level().name(), scope.nodeId(), Timestamp.from(plan.plannedAt()), actor,
					proposal.planningTime().toMillis(), plan.weightedWaitMinutes(), proposal.greedy().weightedWaitMinutes())
			.query(Long.class)
			.single();
		String sql = """
				insert into dispatch_proposal_leg (proposal_id, leg_id, trip_id, direction, priority, vehicle_id,
				    sequence, planned_start, pick_up, planned_end, wait_seconds, unassigned_reason, greedy_wait_seconds)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
		Map<Long, Long> greedyWaits = new java.util.HashMap<>();
		proposal.greedy().routes().forEach(r -> r.stops().forEach(s -> greedyWaits.put(s.tripId(), s.waiting().toSeconds())));
		for (VehicleRoute route : plan.routes()) {
			int sequence = 0;
			for (ScheduledTrip stop : route.stops()) {
				OpenLeg leg = legs.get(stop.tripId());
				jdbc.sql(sql).params(id, leg.legId(), leg.tripId(), leg.direction(), stop.priority(), route.vehicleId(),
						++sequence, Timestamp.from(stop.departure()), Timestamp.from(stop.pickUp()),
						Timestamp.from(stop.delivered()), stop.waiting().toSeconds(), null,
						greedyWaits.get(stop.tripId())).update();
			}
		}
		for (UnassignedTrip left : plan.unassigned()) {
			OpenLeg leg = legs.get(left.tripId());
			jdbc.sql(sql).params(id, leg.legId(), leg.tripId(), leg.direction(), leg.toPlan().priority(), null, null,
					null, null, null, null, left.reason().name(), greedyWaits.get(left.tripId())).update();
		}
		return id;
	}

	Optional<ProposalView> view(long id, TerritoryScope scope) {
		return jdbc.sql("select * from dispatch_proposal where id = ? and scope_level = ? and scope_node_id = ?")
			.params(id, scope.level().name(), scope.nodeId())
			.query((rs, n) -> header(rs))
			.optional()
			.map(this::withLegs);
	}

	/** Marks the proposal applied unless it was applied already or overtaken; answers whether it was claimed. */
	boolean claim(long id, String actor, Instant at) {
		return jdbc.sql("update dispatch_proposal set applied_at = ?, applied_by = ? where id = ? and applied_at is null "
				+ "and stale_at is null").params(Timestamp.from(at), actor, id).update() == 1;
	}

	void outcome(long id, long legId, String outcome, String detail) {
		jdbc.sql("update dispatch_proposal_leg set outcome = ?, outcome_detail = ? where proposal_id = ? and leg_id = ?")
			.params(outcome, detail == null ? null : detail.substring(0, Math.min(300, detail.length())), id, legId)
			.update();
	}

	/** Marks every unapplied proposal that covers the street or district as overtaken by a change of its trips. */
	int markStale(long streetId, long districtId, String reason, Instant at) {
		return jdbc.sql("""
				update dispatch_proposal set stale_at = ?, stale_reason = ? where applied_at is null and stale_at is null
				and (scope_level = 'CITY' or (scope_level = 'DISTRICT' and scope_node_id = ?)
				     or (scope_level = 'STREET' and scope_node_id = ?))""")
			.params(Timestamp.from(at), reason, districtId, streetId)
			.update();
	}

	String legStatusForUpdate(long legId) {
		return jdbc.sql("select status from trip_leg where id = ? for update").param(legId).query(String.class).single();
	}

	private static ProposalView header(ResultSet rs) throws SQLException {
		double plan = rs.getDouble("weighted_wait");
		double greedy = rs.getDouble("greedy_weighted_wait");
		return new ProposalView(rs.getLong("id"), rs.getTimestamp("planned_at").toInstant(), rs.getString("planned_by"),
				rs.getLong("planning_millis"), plan, greedy, greedy == 0 ? 0 : 100 * (greedy - plan) / greedy,
				instant(rs.getTimestamp("stale_at")), rs.getString("stale_reason"), instant(rs.getTimestamp("applied_at")),
				rs.getString("applied_by"), List.of(), List.of());
	}

	private ProposalView withLegs(ProposalView header) {
		Map<Long, Route> routes = new LinkedHashMap<>();
		List<LeftOut> unassigned = new ArrayList<>();
		jdbc.sql("""
				select p.*, v.code, v.plate, v.type from dispatch_proposal_leg p left join vehicle v on v.id = p.vehicle_id
				where p.proposal_id = ? order by p.vehicle_id nulls last, p.sequence, p.priority desc, p.leg_id""")
			.param(header.id())
			.query(rs -> {
				if (rs.getObject("vehicle_id") == null) {
					unassigned.add(new LeftOut(rs.getLong("trip_id"), rs.getLong("leg_id"), rs.getString("direction"),
							rs.getInt("priority"), UnassignedReason.valueOf(rs.getString("unassigned_reason")),
							greedyMinutes(rs)));
					return;
				}
				Route route = routes.computeIfAbsent(rs.getLong("vehicle_id"), v -> new Route(v, code(rs, "code"),
						code(rs, "plate"), code(rs, "type"), new ArrayList<>()));
				route.trips().add(new Stop(rs.getLong("trip_id"), rs.getLong("leg_id"), rs.getString("direction"),
						rs.getInt("priority"), instant(rs.getTimestamp("planned_start")), instant(rs.getTimestamp("pick_up")),
						instant(rs.getTimestamp("planned_end")), rs.getLong("wait_seconds") / 60,
						greedyMinutes(rs), rs.getString("outcome"), rs.getString("outcome_detail")));
			});
		return new ProposalView(header.id(), header.plannedAt(), header.plannedBy(), header.planningMillis(),
				header.weightedWaitMinutes(), header.greedyWeightedWaitMinutes(), header.improvementPercent(),
				header.staleAt(), header.staleReason(), header.appliedAt(), header.appliedBy(),
				routes.values().stream().map(r -> new Route(r.vehicleId(), r.vehicleCode(), r.plate(), r.type(),
						List.copyOf(r.trips()))).toList(), unassigned);
	}

	/** The leg's wait under the greedy nearest-vehicle plan in minutes; null when greedy leaves it out. */
	private static Long greedyMinutes(ResultSet rs) throws SQLException {
		long seconds = rs.getLong("greedy_wait_seconds");
		return rs.wasNull() ? null : seconds / 60;
	}

	private static String code(ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}

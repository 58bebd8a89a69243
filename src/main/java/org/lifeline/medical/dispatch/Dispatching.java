package org.lifeline.medical.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.trips.TripWindow;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope.Level;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dispatcher plans the open trip legs of their street or district onto the fleet on shift and applies the plan.
 * Each plan reads the current state (legs waiting, vehicles on shift, legs already assigned stay put) and is kept,
 * so applying gives exactly what was shown. Applying goes leg by leg through the guarded assignment of
 * {@link Transfers}: a leg someone assigned meanwhile, or a vehicle booked meanwhile, is refused for that leg alone
 * (the 409 of the assignment), and the rest are applied.
 */
@Service
class Dispatching {

	/** Where a vehicle of unknown position is assumed when there are no trips to centre on. */
	private static final GeoPoint PEOPLES_SQUARE = new GeoPoint(31.2304, 121.4737);

	private final DispatchSources sources;

	private final ProposalStore proposals;

	private final TripPlanner planner;

	private final Transfers transfers;

	private final TransactionTemplate transaction;

	private final DispatchProperties properties;

	private final Clock clock;

	Dispatching(DispatchSources sources, ProposalStore proposals, TripPlanner planner, Transfers transfers,
			PlatformTransactionManager transactions, DispatchProperties properties, Clock clock) {
		this.sources = sources;
		this.proposals = proposals;
		this.planner = planner;
		this.transfers = transfers;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	/** Plans the scope's open legs; pins keep a trip on the vehicle a dispatcher chose, at a time the plan picks. */
	ProposalView plan(TerritoryScope scope, String actor, List<Pin> pins) {
		requireFleet(scope);
		Instant now = clock.instant();
		Map<Long, OpenLeg> legs = sources.openLegs(scope).stream()
			.map(leg -> pinned(leg, pins))
			.collect(Collectors.toMap(OpenLeg::legId, Function.identity()));
		for (Pin pin : pins) {
			if (legs.values().stream().noneMatch(leg -> leg.tripId() == pin.tripId())) {
				throw new InvalidInputException("pins", "trip " + pin.tripId() + " has no leg waiting for a vehicle",
						"problem.medical.pinNoLeg", String.valueOf(pin.tripId()));
			}
		}
		List<TripToPlan> trips = legs.values().stream().map(OpenLeg::toPlan).toList();
		GeoPoint centre = trips.isEmpty() ? PEOPLES_SQUARE : new GeoPoint(
				trips.stream().mapToDouble(t -> t.pickup().lat()).average().orElseThrow(),
				trips.stream().mapToDouble(t -> t.pickup().lon()).average().orElseThrow());
		DispatchProposal proposal = planner.propose(trips, sources.vehicles(scope, now, centre), now);
		long id = transaction.execute(status -> proposals.insert(scope, actor, proposal, legs));
		return proposal(id, scope);
	}

	ProposalView proposal(long id, TerritoryScope scope) {
		return proposals.view(id, scope).orElseThrow(() -> new NotFoundException("dispatch plan", id));
	}

	/** Applies a proposal once, leg by leg; a proposal overtaken by changes or too old is refused with a 409. */
	ProposalView apply(long id, TerritoryScope scope, String actor) {
		ProposalView proposal = proposal(id, scope);
		Instant now = clock.instant();
		if (proposal.appliedAt() != null) {
			throw new ConflictException("dispatch plan " + id + " was applied already at " + proposal.appliedAt(),
					"problem.medical.planApplied", String.valueOf(id), proposal.appliedAt());
		}
		if (proposal.staleAt() != null) {
			throw new ConflictException("dispatch plan " + id + " is out of date (" + proposal.staleReason() + "); plan again",
					"problem.medical.planStale", String.valueOf(id), proposal.staleReason());
		}
		if (proposal.plannedAt().plus(properties.proposalLifetime()).isBefore(now)) {
			throw new ConflictException("dispatch plan " + id + " is older than " + properties.proposalLifetime().toMinutes()
					+ " minutes; plan again", "problem.medical.planOld", String.valueOf(id),
					String.valueOf(properties.proposalLifetime().toMinutes()));
		}
		if (!Boolean.TRUE.equals(transaction.execute(status -> proposals.claim(id, actor, now)))) {
			throw new ConflictException("dispatch plan " + id + " was applied or overtaken meanwhile; plan again",
					"problem.medical.planOvertaken", String.valueOf(id));
		}
		TripAccess access = TripAccess.of(scope);
		for (ProposalView.Route route : proposal.routes()) {
			for (ProposalView.Stop stop : route.trips()) {
				assign(id, route.vehicleId(), stop, access, actor);
			}
		}
		return proposal(id, scope);
	}

	private void assign(long proposalId, long vehicleId, ProposalView.Stop stop, TripAccess access, String actor) {
		try {
			transaction.executeWithoutResult(status -> {
				String legStatus = proposals.legStatusForUpdate(stop.legId());
				if (!"OPEN".equals(legStatus)) {
					throw new ConflictException("the leg is " + legStatus + " since planning", "problem.medical.legMoved",
							legStatus);
				}
				transfers.assign(stop.tripId(), vehicleId, new TripWindow(stop.departure(), stop.delivered()), false,
						access, actor);
			});
			transaction.executeWithoutResult(status -> proposals.outcome(proposalId, stop.legId(), "ASSIGNED", null));
		}
		catch (ConflictException | InvalidInputException | NotFoundException e) {
			transaction.executeWithoutResult(
					status -> proposals.outcome(proposalId, stop.legId(), "REFUSED", e.getMessage()));
		}
	}

	private static OpenLeg pinned(OpenLeg leg, List<Pin> pins) {
		return pins.stream()
			.filter(pin -> pin.tripId() == leg.tripId())
			.findFirst()
			.map(pin -> {
				TripToPlan t = leg.toPlan();
				return new OpenLeg(leg.legId(), leg.tripId(), leg.direction(), new TripToPlan(t.id(), t.pickup(),
						t.destination(), t.carriage(), t.seats(), t.priority(), t.earliestPickUp(), pin.vehicleId()));
			})
			.orElse(leg);
	}

	private static void requireFleet(TerritoryScope scope) {
		if (scope.level() != Level.CITY && scope.level() != Level.DISTRICT && scope.level() != Level.STREET) {
			throw new InvalidInputException("scope", "only a street or district task force dispatches a fleet",
					"problem.medical.dispatchScope");
		}
	}

	/** A dispatcher's decision: this trip goes with this vehicle; the plan chooses when. */
	record Pin(long tripId, long vehicleId) {
	}
}

package org.lifeline.medical.dispatch;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.lifeline.medical.TripAdvanced;
import org.lifeline.medical.TripRequested;
import org.lifeline.medical.TripStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A plan is a picture of one moment: when a trip arrives, finishes or is cancelled in a street, the unapplied plans
 * covering it are marked out of date, so that nobody applies them over the change; the dispatcher plans again
 * with the current state.
 */
@Component
class PlansOvertaken {

	/** Steps that put a leg back in the queue, open the return leg, or take a trip out of it. */
	private static final Set<TripStatus> OPENS_OR_CLOSES_A_LEG = EnumSet.of(TripStatus.REQUESTED, TripStatus.AT_HOSPITAL,
			TripStatus.RETURNING, TripStatus.HOME, TripStatus.ADMITTED, TripStatus.CANCELLED);

	private final ProposalStore proposals;

	private final Clock clock;

	PlansOvertaken(ProposalStore proposals, Clock clock) {
		this.proposals = proposals;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TripRequested event) {
		proposals.markStale(event.streetId(), event.districtId(), "trip " + event.tripId() + " requested", clock.instant());
	}

	@ApplicationModuleListener
	void on(TripAdvanced event) {
		if (!OPENS_OR_CLOSES_A_LEG.contains(event.to())) {
			return;
		}
		proposals.markStale(event.streetId(), event.districtId(), "trip " + event.tripId() + " is " + event.to(),
				clock.instant());
	}
}

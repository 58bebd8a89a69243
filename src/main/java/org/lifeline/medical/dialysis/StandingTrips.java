package org.lifeline.medical.dialysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lifeline.medical.Need;
import org.lifeline.medical.PatientNeeds;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripOrder;
import org.lifeline.medical.TripQueries;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripView;
import org.lifeline.medical.Transfers;
import org.springframework.stereotype.Component;

/**
 * Orders the trips of planned dialysis sessions through the transfer service, so they are dispatched like any
 * other trip: the patient is ready {@link #PICK_UP_BEFORE_SLOT} before the slot, with the needs of the schedule.
 * When a schedule ends, the trips of its coming sessions that nobody has picked up yet are cancelled.
 */
@Component
class StandingTrips {

	/** How long before the dialysis slot the patient is ready to be picked up. */
	static final Duration PICK_UP_BEFORE_SLOT = Duration.ofMinutes(45);

	/** Standing trips rank above a plain trip (2): missing dialysis is dangerous. */
	static final int PRIORITY = 3;

	private final Transfers transfers;

	private final TripQueries trips;

	private final DialysisSessionRepository repository;

	private final Clock clock;

	StandingTrips(Transfers transfers, TripQueries trips, DialysisSessionRepository repository, Clock clock) {
		this.transfers = transfers;
		this.trips = trips;
		this.repository = repository;
		this.clock = clock;
	}

	/** Requests a trip for every planned session of the range that has none yet; answers how many. */
	int requestFor(List<DialysisSessionRepository.PlannedSession> sessions, String actor) {
		for (DialysisSessionRepository.PlannedSession session : sessions) {
			Instant slot = session.date().atTime(session.slot()).atZone(clock.getZone()).toInstant();
			TripView trip = transfers.requestTrip(new TripOrder(session.residentId(), session.hospitalCode(),
					Need.DIALYSIS, slot.minus(PICK_UP_BEFORE_SLOT), needs(session.needs()), PRIORITY, null, null, null),
					org.lifeline.territory.TerritoryScope.everything(), actor);
			repository.tripRequested(session.id(), trip.id());
		}
		return sessions.size();
	}

	/** Cancels the trips of a schedule's sessions from the day on that are still before the pick-up. */
	void cancelFrom(long scheduleId, LocalDate from, String actor) {
		for (long tripId : repository.tripsFrom(scheduleId, from)) {
			TripView trip = trips.byId(tripId, TripAccess.everything());
			if (TripStatus.BEFORE_PICK_UP.contains(trip.status())) {
				transfers.advance(tripId, TripStatus.CANCELLED, "standing dialysis schedule ended", TripAccess.everything(),
						actor);
			}
		}
	}

	static PatientNeeds needs(Set<PatientNeed> needs) {
		return new PatientNeeds(needs.contains(PatientNeed.WHEELCHAIR), needs.contains(PatientNeed.STRETCHER),
				needs.contains(PatientNeed.COMPANION), needs.contains(PatientNeed.OXYGEN));
	}
}

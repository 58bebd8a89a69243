package org.lifeline.requests;

import java.time.Clock;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;

/**
 * Files requests from every channel: triage (a critical medical request is told to dial 120 and alerts the
 * street), routing to the committee, deadlines from the service levels, and joining the household's open request
 * of the same category instead of opening a second work order. The {@link IntakeWriter} writes them, together
 * with the filings that arrive at the same moment; the {@link IntakeRound} says how.
 */
@Service
public class RequestIntake {

	private final IntakeWriter writer;

	private final Clock clock;

	RequestIntake(IntakeWriter writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Files a request for a resident the caller may see; a resident unknown or outside the caller's scope is
	 * refused naming {@code residentId}.
	 */
	public RequestView file(NewRequest request, Channel channel, TerritoryScope scope, String actor) {
		if (request.residentId() == null) {
			throw InvalidInputException.required("residentId");
		}
		return writer.write(PendingFiling.forResident(request.draft(), request.residentId(), scope, channel, actor,
				clock.instant()));
	}

	/**
	 * Files a request already routed (Open311 filings for a place rather than a known resident). Inside a
	 * transaction the request is written in it; otherwise it is committed before this returns.
	 */
	public RequestView file(RequestDraft draft, Routing routing, Channel channel, String actor) {
		return writer.write(PendingFiling.routed(draft, routing, channel, actor, clock.instant()));
	}
}

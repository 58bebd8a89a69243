package org.lifeline.requests;

import java.time.Instant;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.territory.TerritoryScope;

/**
 * A filing waiting to be written: what is asked; for whom, either a resident still to be looked up within the
 * caller's scope or a place already routed; through which channel, by whom and when it came in.
 */
record PendingFiling(RequestDraft draft, ResidentLookup resident, Routing routing, Channel channel, String actor,
		Instant receivedAt) {

	static PendingFiling forResident(RequestDraft draft, long residentId, TerritoryScope scope, Channel channel,
			String actor, Instant receivedAt) {
		return new PendingFiling(draft, new ResidentLookup(residentId, scope), null, channel, actor, receivedAt);
	}

	static PendingFiling routed(RequestDraft draft, Routing routing, Channel channel, String actor, Instant receivedAt) {
		return new PendingFiling(draft, null, routing, channel, actor, receivedAt);
	}
}

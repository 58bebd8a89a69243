package org.lifeline.requests;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.identity.AuditTrail;
import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.PageRequest;
import org.lifeline.territory.Placement;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee matches a caller the registry did not know (filed for by the hotline with what they said) to one
 * of its residents: from then on the request is that resident's, it leaves the list to match, the match is on its
 * timeline under the clerk's name and in the audit log, and the caller's own words (name, phone, address) stay.
 */
@Service
class CallerMatching {

	static final String MATCHED = "MATCHED";

	static final int CANDIDATES = 10;

	private final RequestQueries queries;

	private final RequestRepository requests;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final AuditTrail audit;

	private final Clock clock;

	CallerMatching(RequestQueries queries, RequestRepository requests, ResidentRegistry residents, Territory territory,
			AuditTrail audit, Clock clock) {
		this.queries = queries;
		this.requests = requests;
		this.residents = residents;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The residents of the request's committee a clerk's search finds: by name, phone or room. */
	@Transactional(readOnly = true)
	List<ResidentView> candidates(long requestId, String q, TerritoryScope scope) {
		RequestView request = unmatched(requestId, scope);
		if (q == null || q.isBlank()) {
			return List.of();
		}
		TerritoryScope committee = territory.byId(request.committeeId()).scope();
		Map<Long, ResidentView> found = new LinkedHashMap<>();
		residents.inRoom(q, committee, CANDIDATES).forEach(r -> found.put(r.id(), r));
		residents.search(q, committee, new PageRequest(0, CANDIDATES)).items().forEach(r -> found.putIfAbsent(r.id(), r));
		return found.values().stream().limit(CANDIDATES).toList();
	}

	/** Matches the request to the resident; refuses one outside the request's committee or the clerk's area. */
	@Transactional
	RequestView match(long requestId, Long residentId, TerritoryScope scope, String clerk) {
		RequestView request = unmatched(requestId, scope);
		if (residentId == null) {
			throw new InvalidInputException("residentId", "residentId is required: the resident the caller is",
					"problem.match.residentRequired");
		}
		Placement home = Optional.ofNullable(residents.placements(List.of(residentId)).get(residentId))
			.orElseThrow(() -> new InvalidInputException("residentId", "resident " + residentId + " is not in the registry",
					"problem.match.unknownResident", String.valueOf(residentId)));
		if (home.committeeId() != request.committeeId() || !scope.contains(home)) {
			throw new InvalidInputException("residentId", "resident " + residentId
					+ " lives outside the area of the committee that works request #" + requestId,
					"problem.match.outsideCommittee", String.valueOf(residentId), String.valueOf(requestId));
		}
		ResidentView resident = residents.byIds(List.of(new ResidentLookup(residentId, TerritoryScope.everything())))
			.get(0)
			.orElseThrow();
		Step step = new Step(clock.instant(), clerk, MATCHED, resident.name());
		if (!requests.matchCaller(requestId, residentId, home, !resident.tags().isEmpty(), step)) {
			throw already(requestId);
		}
		audit.record("MATCH_CALLER", "request", String.valueOf(requestId), request.districtId(), "residentId",
				"matched the caller of request #" + requestId + " to resident " + residentId);
		return queries.byId(requestId, scope);
	}

	private RequestView unmatched(long requestId, TerritoryScope scope) {
		RequestView request = queries.byId(requestId, scope);
		if (request.residentId() != null) {
			throw already(requestId);
		}
		return request;
	}

	private static ConflictException already(long requestId) {
		return new ConflictException("request #" + requestId + " is already matched to a resident",
				"problem.match.already", String.valueOf(requestId));
	}
}

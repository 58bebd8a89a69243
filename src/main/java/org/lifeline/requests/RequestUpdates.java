package org.lifeline.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to requests, as updates others can follow (Open311 service request updates): every timeline entry
 * in a time window with a stable number, and comments from outside appended to a request's timeline.
 */
@Service
public class RequestUpdates {

	/** The longest comment kept; a longer one is cut with an ellipsis. */
	public static final int MAX_COMMENT = ServiceRequest.MAX_NOTE;

	private final RequestUpdateRepository updates;

	private final Clock clock;

	RequestUpdates(RequestUpdateRepository updates, Clock clock) {
		this.updates = updates;
		this.clock = clock;
	}

	/** The updates at {@code from} or later and before {@code until}, oldest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<RequestUpdate> between(Instant from, Instant until, TerritoryScope scope, int limit) {
		return updates.between(from, until, scope, limit);
	}

	/** The newest note a person wrote on each request, for those that have one. */
	@Transactional(readOnly = true)
	public Map<Long, String> latestNotes(Collection<Long> requestIds) {
		return updates.latestWrittenNotes(requestIds);
	}

	/** Adds a comment to a request within the scope; the request's status stays as it is. */
	@Transactional
	public RequestUpdate comment(long requestId, String text, TerritoryScope scope, String actor) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("description", "the comment is empty", "problem.requests.commentEmpty");
		}
		String note = text.strip();
		if (note.length() > MAX_COMMENT) {
			note = note.substring(0, MAX_COMMENT - 1) + "…";
		}
		return updates.comment(requestId, actor, note, clock.instant(), scope)
			.orElseThrow(() -> new NotFoundException("service_request_id", requestId));
	}
}

package org.lifeline.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests filed for callers the registry did not know (name, phone and address as given): the hotline finds
 * them again by the phone they gave, and the committee sees them on its queue until it matches each caller to a
 * resident.
 */
@Component
class UnmatchedCallers {

	/** Open requests of nobody in the registry, as the committee's queue shows them. */
	static final String OPEN_UNMATCHED = " from service_request r where r.resident_id is null and r.status <> 'CLOSED'";

	private final JdbcClient jdbc;

	private final Clock clock;

	UnmatchedCallers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The open requests filed for an unregistered caller who gave this phone, urgent first. */
	@Transactional(readOnly = true)
	List<RequestView> openForPhone(String phone, TerritoryScope scope) {
		Instant now = clock.instant();
		return jdbc.sql("select " + RequestRepository.COLUMNS + OPEN_UNMATCHED + " and r.contact_phone = :phone and "
				+ scope.condition("r") + " order by " + RequestQueries.URGENCY + " limit 50")
			.param("phone", phone.trim())
			.query((rs, n) -> RequestRepository.map(rs, now))
			.list();
	}

	/** The open requests within the scope still to be matched to a resident, urgent first. */
	@Transactional(readOnly = true)
	List<RequestView> toMatch(TerritoryScope scope, int limit) {
		Instant now = clock.instant();
		return jdbc.sql("select " + RequestRepository.COLUMNS + OPEN_UNMATCHED + " and " + scope.condition("r")
				+ " order by " + RequestQueries.URGENCY + " limit :limit")
			.param("limit", limit)
			.query((rs, n) -> RequestRepository.map(rs, now))
			.list();
	}
}

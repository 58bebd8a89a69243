package org.lifeline.requests.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifeline.identity.CurrentUser;
import org.lifeline.requests.RequestCategory;
import org.lifeline.requests.RequestFilter;
import org.lifeline.requests.RequestQueries;
import org.lifeline.requests.RequestStatus;
import org.lifeline.requests.RequestUpdates;
import org.lifeline.requests.RequestView;
import org.lifeline.requests.Routing;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * The GET side of Open311: which requests a caller sees (everything in the public view, the key owner's scope in
 * the full one, narrowed to a district by {@code jurisdiction_id}) and the filters of GET requests.
 */
@Component
class Open311Lists {

	static final int MAX_RESULTS = 1000;

	static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

	private final Territory territory;

	private final RequestQueries queries;

	private final CurrentUser user;

	private final Clock clock;

	private final RequestUpdates updates;

	Open311Lists(Territory territory, RequestQueries queries, CurrentUser user, Clock clock, RequestUpdates updates) {
		this.territory = territory;
		this.queries = queries;
		this.user = user;
		this.clock = clock;
		this.updates = updates;
	}

	/** The district a jurisdiction_id names; 404 when it names none. */
	TerritoryNode jurisdiction(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return territory.findByCode(code)
			.filter(n -> n.kind() == TerritoryKind.DISTRICT)
			.orElseThrow(() -> new NotFoundException("jurisdiction_id", code));
	}

	/**
	 * What a caller sees: everything (public view) or the key owner's scope, narrowed to the district. A key whose
	 * area lies inside the district (a committee's key with its own district) keeps its own area; a district the
	 * key has nothing in is a 404.
	 */
	TerritoryScope scope(String jurisdictionCode, boolean full) {
		TerritoryNode district = jurisdiction(jurisdictionCode);
		if (!full) {
			return district == null ? TerritoryScope.everything() : district.scope();
		}
		TerritoryScope own = user.scope();
		if (district == null) {
			return own;
		}
		if (own.contains(district)) {
			return district.scope();
		}
		boolean inside = own.code() != null && territory.findByCode(own.code())
			.filter(node -> node.districtId() != null && node.districtId() == district.id())
			.isPresent();
		if (!inside) {
			throw new NotFoundException("jurisdiction_id", jurisdictionCode);
		}
		return own;
	}

	Instant now() {
		return clock.instant();
	}

	void requireWithin(String jurisdictionCode, Routing routing) {
		TerritoryNode district = jurisdiction(jurisdictionCode);
		if (district != null && routing.node().districtId() != district.id()) {
			throw new InvalidInputException("jurisdiction_id", "the location lies outside jurisdiction " + jurisdictionCode,
					"problem.open311.outsideJurisdiction", jurisdictionCode);
		}
	}

	Open311Records records(boolean full) {
		return new Open311Records(territory, clock.getZone(), full, Map.of());
	}

	/** Records for these requests, with the newest written note of each for the full view. */
	Open311Records records(boolean full, List<RequestView> requests) {
		Map<Long, String> notes = full ? updates.latestNotes(requests.stream().map(RequestView::id).toList()) : Map.of();
		return new Open311Records(territory, clock.getZone(), full, notes);
	}

	List<Map<String, Object>> find(Map<String, String> params, TerritoryScope scope, boolean full) {
		List<RequestView> found = queries.newestFirst(filter(params), scope, MAX_RESULTS);
		Open311Records records = records(full, found);
		List<Map<String, Object>> out = new ArrayList<>(found.size());
		found.forEach(r -> out.add(records.of(r)));
		return out;
	}

	private RequestFilter filter(Map<String, String> params) {
		String ids = params.get("service_request_id");
		if (ids != null && !ids.isBlank()) {
			List<Long> list = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Open311Lists::parseId).toList();
			return new RequestFilter(Set.of(), null, null, null, list, null, null);
		}
		String code = params.get("service_code");
		RequestCategory category = code == null || code.isBlank() ? null : RequestCategory.parse(code)
			.orElseThrow(() -> new InvalidInputException("service_code", "unknown service_code " + code,
			"problem.open311.unknownServiceCode", code));
		Instant end = time(params.get("end_date"), "end_date");
		Instant start = time(params.get("start_date"), "start_date");
		if (start == null) {
			start = (end == null ? clock.instant() : end).minus(DEFAULT_PERIOD);
		}
		return new RequestFilter(statuses(params.get("status")), null, category, null, null, start, end);
	}

	private static Set<RequestStatus> statuses(String status) {
		if (status == null || status.isBlank()) {
			return Set.of();
		}
		Set<RequestStatus> out = new java.util.HashSet<>();
		for (String s : status.split(",")) {
			switch (s.trim().toLowerCase()) {
				case "open" -> out.addAll(RequestStatus.UNRESOLVED);
				case "closed" -> out.addAll(Set.of(RequestStatus.RESOLVED, RequestStatus.CLOSED));
				default -> throw new InvalidInputException("status", "status is open or closed", "problem.open311.status");
			}
		}
		return out;
	}

	static Instant time(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.trim().replace(' ', '+')).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, field + " must be a W3C date-time like 2022-04-12T08:00:00+08:00",
					"problem.open311.dateTime", field);
		}
	}

	static long parseId(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("service_request_id", text);
		}
	}
}

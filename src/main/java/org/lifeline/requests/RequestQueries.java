package org.lifeline.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads requests within the caller's scope: the work queue (critical first, then vulnerable residents, then the
 * nearest deadline), one request with its timeline, and the open requests of a caller before filing.
 */
@Service
public class RequestQueries {

	/** The queue order: critical, vulnerable, then the deadline that matters now. */
	static final String URGENCY = "r.critical desc, r.vulnerable desc, "
			+ "case when r.status = 'NEW' then r.ack_due_at else r.resolve_due_at end, r.id";

	private final JdbcClient jdbc;

	private final RequestRepository requests;

	private final ResidentRegistry residents;

	private final Clock clock;

	RequestQueries(JdbcClient jdbc, RequestRepository requests, ResidentRegistry residents, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.residents = residents;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RequestView byId(long id, TerritoryScope scope) {
		return requests.view(id, scope, clock.instant()).orElseThrow(() -> new NotFoundException("request", id));
	}

	/** Many requests by id in one query (no timelines), those within the scope only, by id. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, RequestView> byIds(java.util.Collection<Long> ids, TerritoryScope scope) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		Instant now = clock.instant();
		java.util.Map<Long, RequestView> found = new java.util.HashMap<>();
		jdbc.sql("select " + RequestRepository.COLUMNS + " from service_request r where r.id = any(?) and "
				+ scope.condition("r"))
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> RequestRepository.map(rs, now))
			.list()
			.forEach(view -> found.put(view.id(), view));
		return found;
	}

	@Transactional(readOnly = true)
	public PageResult<RequestView> queue(RequestFilter filter, TerritoryScope scope, PageRequest page) {
		return find(filter, scope, URGENCY, page);
	}

	/** At most {@code limit} requests in filing order, newest first (Open311 lists). */
	@Transactional(readOnly = true)
	public List<RequestView> newestFirst(RequestFilter filter, TerritoryScope scope, int limit) {
		return find(filter, scope, "r.filed_at desc, r.id desc", limit, 0);
	}

	/** The residents with this phone number and their households' open requests, urgent first. */
	@Transactional(readOnly = true)
	public CallerRequests openForPhone(String phone, TerritoryScope scope) {
		List<ResidentView> callers = residents.search(lookupPhone(phone), scope, new PageRequest(0, 20)).items();
		List<Long> households = callers.stream().map(ResidentView::householdId).distinct().toList();
		return new CallerRequests(callers, open(households, scope));
	}

	/** The households of the residents with this phone number, for a lookup by phone. */
	@Transactional(readOnly = true)
	public List<Long> householdsWithPhone(String phone, TerritoryScope scope) {
		return residents.search(lookupPhone(phone), scope, new PageRequest(0, 50))
			.items()
			.stream()
			.map(ResidentView::householdId)
			.distinct()
			.toList();
	}

	/** One household's open requests (checked against the scope like any other read). */
	@Transactional(readOnly = true)
	public CallerRequests openForHousehold(long householdId, TerritoryScope scope) {
		List<ResidentView> members = residents.members(householdId, scope);
		return new CallerRequests(members, open(List.of(householdId), scope));
	}

	@Transactional(readOnly = true)
	public Photo photo(long id, TerritoryScope scope) {
		return requests.photo(id, scope).orElseThrow(() -> new NotFoundException("photo of request", id));
	}

	/** The request filed with this Open311 token. */
	@Transactional(readOnly = true)
	public long idOfToken(String token) {
		return jdbc.sql("select id from service_request where token = ?")
			.param(token)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("token", token));
	}

	/** How many requests within the scope still need work, and how many of them are overdue (for home pages). */
	@Transactional(readOnly = true)
	public WorkCounts workCounts(TerritoryScope scope) {
		RequestFilter open = new RequestFilter(RequestStatus.UNRESOLVED, null, null, null, null, null, null);
		RequestFilter overdue = new RequestFilter(RequestStatus.UNRESOLVED, true, null, null, null, null, null);
		return new WorkCounts(count(open, scope), count(overdue, scope));
	}

	private long count(RequestFilter filter, TerritoryScope scope) {
		return bind(jdbc.sql("select count(*)" + from(filter, scope)), filter, clock.instant()).query(Long.class).single();
	}

	private List<RequestView> open(List<Long> households, TerritoryScope scope) {
		RequestFilter filter = new RequestFilter(RequestFilter.statuses("open"), null, null, households, null, null, null);
		return find(filter, scope, URGENCY, new PageRequest(0, 100)).items();
	}

	private PageResult<RequestView> find(RequestFilter filter, TerritoryScope scope, String order, PageRequest page) {
		List<RequestView> items = find(filter, scope, order, page.size(), page.offset());
		long total = page.page() == 0 && items.size() < page.size() ? items.size()
				: bind(jdbc.sql("select count(*)" + from(filter, scope)), filter, clock.instant()).query(Long.class).single();
		return new PageResult<>(items, total);
	}

	private List<RequestView> find(RequestFilter filter, TerritoryScope scope, String order, int limit, long offset) {
		Instant now = clock.instant();
		return bind(jdbc.sql("select " + RequestRepository.COLUMNS + from(filter, scope) + " order by " + order
				+ " limit :limit offset :offset"), filter, now)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> RequestRepository.map(rs, now))
			.list();
	}

	private static String from(RequestFilter filter, TerritoryScope scope) {
		return " from service_request r where " + scope.condition("r") + " and " + filter.condition();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, RequestFilter filter, Instant now) {
		String sql = filter.condition();
		if (sql.contains(":now")) {
			spec = spec.param("now", Timestamp.from(now));
		}
		if (filter.filedFrom() != null) {
			spec = spec.param("filedFrom", Timestamp.from(filter.filedFrom()));
		}
		if (filter.filedTo() != null) {
			spec = spec.param("filedTo", Timestamp.from(filter.filedTo()));
		}
		return spec;
	}

	/** Who is calling (residents with that phone or a household's members) and their open requests. */
	public record CallerRequests(List<ResidentView> residents, List<RequestView> openRequests) {
	}

	/** Requests still to be worked on and those of them past a deadline. */
	public record WorkCounts(long open, long overdue) {
	}

	/** The phone a caller is looked up by, trimmed; refuses one that is not 3 to 13 digits. */
	static String lookupPhone(String phone) {
		if (phone == null || !phone.trim().matches("[\\d-]{3,13}")) {
			throw new InvalidInputException("phone", "phone must be 3 to 13 digits", "problem.requests.phoneDigits");
		}
		return phone.trim();
	}
}

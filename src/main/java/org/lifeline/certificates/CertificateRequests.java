package org.lifeline.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Placement;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A resident's request for a certificate over a range of days, and the committee's list of open requests. */
@Service
public class CertificateRequests {

	private static final String SELECT = """
			select r.id, r.resident_id, r.from_date, r.to_date, r.asked_at, r.status, r.refuse_reason
			from certificate_request r""";

	private final JdbcClient jdbc;

	private final ResidentRegistry residents;

	private final Certificates certificates;

	private final Clock clock;

	CertificateRequests(JdbcClient jdbc, ResidentRegistry residents, Certificates certificates, Clock clock) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.certificates = certificates;
		this.clock = clock;
	}

	/** A request for a resident in scope (a resident asks for a member of their own household). */
	@Transactional
	public RequestView ask(Long residentId, LocalDate from, LocalDate to, String actor, TerritoryScope scope) {
		if (residentId == null) {
			throw new InvalidInputException("residentId", "say who needs the certificate",
					"problem.certificates.who");
		}
		Certificates.checkRange(from, to, certificates.today());
		String name = residents.byId(residentId, scope).name();
		Integer open = jdbc.sql("select count(*) from certificate_request where resident_id = ? and status = 'ASKED'")
			.param(residentId)
			.query(Integer.class)
			.single();
		if (open > 0) {
			throw new ConflictException("a request for this resident is already waiting for the committee",
					"problem.certificates.alreadyWaiting");
		}
		Placement place = residents.placements(List.of(residentId)).get(residentId);
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into certificate_request (resident_id, household_id, building_id, compound_id, committee_id,
				                                 street_id, district_id, from_date, to_date, asked_at, asked_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(residentId, place.householdId(), place.buildingId(), place.compoundId(), place.committeeId(),
					place.streetId(), place.districtId(), from, to, Timestamp.from(now), actor)
			.query(Long.class)
			.single();
		return new RequestView(id, residentId, MaskedName.of(name), from, to, now, "ASKED", null);
	}

	/** The committee refuses a waiting request in scope, saying why; the resident sees the reason. */
	@Transactional
	public RequestView refuse(long id, String reason, String actor, TerritoryScope scope) {
		if (reason == null || reason.isBlank() || reason.strip().length() > Certificates.MAX_REASON) {
			throw new InvalidInputException("reason",
					"say why the request is refused (at most " + Certificates.MAX_REASON + " characters)",
					"problem.certificates.refuseReason", String.valueOf(Certificates.MAX_REASON));
		}
		RequestView request = byId(id, scope);
		int refused = jdbc.sql("""
				update certificate_request set status = 'REFUSED', refused_at = ?, refused_by = ?, refuse_reason = ?
				where id = ? and status = 'ASKED'""")
			.params(Timestamp.from(clock.instant()), actor, reason.strip(), id)
			.update();
		if (refused == 0) {
			String key = switch (request.status()) {
				case "ISSUED" -> "problem.certificates.alreadyIssued";
				case "REFUSED" -> "problem.certificates.alreadyRefused";
				default -> "problem.certificates.alreadyDecided";
			};
			throw new ConflictException("request " + id + " was already " + request.status().toLowerCase(Locale.ROOT),
					key, String.valueOf(id), request.status().toLowerCase(Locale.ROOT));
		}
		return byId(id, scope);
	}

	/** A request in scope by its id. */
	@Transactional(readOnly = true)
	public RequestView byId(long id, TerritoryScope scope) {
		return jdbc.sql(SELECT + " where r.id = ? and " + scope.condition("r"))
			.param(id)
			.query(CertificateRequests::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("request", id));
	}

	/** Requests in scope, the waiting ones first. */
	@Transactional(readOnly = true)
	public List<RequestView> list(TerritoryScope scope, int limit) {
		List<RequestView> found = jdbc.sql(SELECT + " where %s order by r.status <> 'ASKED', r.asked_at desc limit %d"
			.formatted(scope.condition("r"), Math.max(1, Math.min(limit, 500))))
			.query(CertificateRequests::view)
			.list();
		List<Optional<ResidentView>> people = residents
			.byIds(found.stream().map(r -> new ResidentLookup(r.residentId(), scope)).toList());
		List<RequestView> named = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			named.add(found.get(i).named(people.get(i).map(p -> MaskedName.of(p.name())).orElse(null)));
		}
		return named;
	}

	private static RequestView view(ResultSet rs, int n) throws SQLException {
		return new RequestView(rs.getLong(1), rs.getLong(2), null, rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7));
	}

	/**
	 * A request as the committee's list shows it (the name masked; the committee opens the resident for more):
	 * ASKED, ISSUED or REFUSED, with the committee's reason when refused.
	 */
	public record RequestView(long id, long residentId, String maskedName, LocalDate from, LocalDate to, Instant askedAt,
			String status, String refuseReason) {

		RequestView named(String name) {
			return new RequestView(id, residentId, name, from, to, askedAt, status, refuseReason);
		}
	}
}

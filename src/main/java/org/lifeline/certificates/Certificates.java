package org.lifeline.certificates;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Placement;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.zones.ZoneHistory;
import org.lifeline.zones.ZonePeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues work-absence certificates from the home's zone history, finds them for staff and the resident, revokes
 * them, and answers the public check of a code.
 */
@Service
public class Certificates {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final int MAX_DAYS = 92;

	static final int MAX_REASON = 500;

	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 10;

	private static final String SELECT = """
			select c.code, c.resident_id, c.masked_name, c.from_date, c.to_date, c.committee_name, c.compound_name,
			       c.issued_at, c.issued_by, c.revoked_at, c.revoke_reason
			from certificate c""";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final ZoneHistory zones;

	private final Clock clock;

	Certificates(JdbcClient jdbc, ResidentRegistry residents, Territory territory, ZoneHistory zones, Clock clock) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.territory = territory;
		this.zones = zones;
		this.clock = clock;
	}

	/** Issues a certificate for a resident in scope, for days within one stretch their home was sealed. */
	@Transactional
	public CertificateView issue(Long residentId, LocalDate from, LocalDate to, String actor, TerritoryScope scope) {
		if (residentId == null) {
			throw new InvalidInputException("residentId", "say whose certificate this is",
					"problem.certificates.whose");
		}
		checkRange(from, to, today());
		ResidentView resident = residents.byId(residentId, scope);
		SealedDays sealed = sealedDays(resident);
		if (!sealed.covers(from, to)) {
			String english = "the days " + from + " – " + to + " lie outside the periods the home was sealed: "
					+ sealed.describe();
			throw sealed.never()
					? new InvalidInputException("from", english, "problem.certificates.neverSealed", from, to)
					: new InvalidInputException("from", english, "problem.certificates.outsideSealed", from, to,
							sealed.describe());
		}
		Placement place = residents.placements(List.of(residentId)).get(residentId);
		TerritoryNode committee = territory.byId(place.committeeId());
		String code = newCode();
		jdbc.sql("""
				insert into certificate (code, resident_id, household_id, building_id, compound_id, committee_id, street_id,
				                         district_id, masked_name, from_date, to_date, committee_name, compound_name,
				                         issued_at, issued_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code, residentId, place.householdId(), place.buildingId(), place.compoundId(), place.committeeId(),
					place.streetId(), place.districtId(), MaskedName.of(resident.name()), from, to, committee.name(),
					resident.compoundName(), Timestamp.from(clock.instant()), actor)
			.update();
		jdbc.sql("""
				update certificate_request set status = 'ISSUED', certificate_id = (select id from certificate where code = ?)
				where resident_id = ? and status = 'ASKED' and from_date >= ? and to_date <= ?""")
			.params(code, residentId, from, to)
			.update();
		return byCode(code, TerritoryScope.everything());
	}

	/** Revokes a certificate in scope with a reason; the public check shows it revoked from then on. */
	@Transactional
	public CertificateView revoke(String code, String reason, String actor, TerritoryScope scope) {
		CertificateView certificate = byCode(code, scope);
		if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
			throw new InvalidInputException("reason", "say why the certificate is revoked (at most " + MAX_REASON + " characters)",
					"problem.certificates.revokeReason", String.valueOf(MAX_REASON));
		}
		int revoked = jdbc.sql("update certificate set revoked_at = ?, revoked_by = ?, revoke_reason = ? where code = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), actor, reason.strip(), certificate.code())
			.update();
		if (revoked == 0) {
			throw new ConflictException("certificate " + certificate.code() + " was already revoked",
					"problem.certificates.alreadyRevoked", certificate.code());
		}
		return byCode(certificate.code(), scope);
	}

	/** A certificate in scope by its code. */
	@Transactional(readOnly = true)
	public CertificateView byCode(String code, TerritoryScope scope) {
		return jdbc.sql(SELECT + " where c.code = ? and " + scope.condition("c"))
			.param(normalise(code))
			.query(Certificates::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("certificate", code));
	}

	/** Certificates in scope, newest first. */
	@Transactional(readOnly = true)
	public List<CertificateView> list(TerritoryScope scope, int limit) {
		return jdbc.sql(SELECT + " where " + scope.condition("c") + " order by c.issued_at desc limit "
				+ Math.max(1, Math.min(limit, 500)))
			.query(Certificates::view)
			.list();
	}

	/** The public check: only the masked name, the days, the issuer and whether it was revoked. */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String code) {
		return jdbc.sql("""
				select code, masked_name, from_date, to_date, committee_name, issued_at, revoked_at is not null
				from certificate where code = ?""")
			.param(normalise(code))
			.query((rs, n) -> new Verification(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getString(5),
					LocalDate.ofInstant(rs.getTimestamp(6).toInstant(), SHANGHAI), rs.getBoolean(7)))
			.optional();
	}

	/** The periods the resident's home was sealed, joined from the compound's and the building's history. */
	SealedDays sealedDays(ResidentView resident) {
		List<ZonePeriod> periods = new ArrayList<>(zones.periods(territory.byCode(resident.compoundCode()).id()));
		territory.findByCode(resident.buildingCode()).ifPresent(b -> periods.addAll(zones.periods(b.id())));
		return SealedDays.of(periods, today());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(SHANGHAI));
	}

	static void checkRange(LocalDate from, LocalDate to, LocalDate today) {
		if (from == null) {
			throw new InvalidInputException("from", "give the first day away from work",
					"problem.certificates.fromRequired");
		}
		if (to == null) {
			throw new InvalidInputException("to", "give the last day away from work",
					"problem.certificates.toRequired");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "the last day comes on or after the first",
					"problem.certificates.toBeforeFrom");
		}
		if (to.isAfter(today)) {
			throw new InvalidInputException("to", "a certificate covers days gone by, up to today",
					"problem.certificates.toFuture");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidInputException("to", "at most " + MAX_DAYS + " days in one certificate",
					"problem.certificates.tooManyDays", String.valueOf(MAX_DAYS));
		}
	}

	static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	private static CertificateView view(ResultSet rs, int n) throws SQLException {
		Timestamp revoked = rs.getTimestamp(10);
		String code = rs.getString(1);
		return new CertificateView(code, rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
				rs.getString(9), revoked == null ? null : revoked.toInstant(), rs.getString(11),
				CertificateApi.pdfUrl(code));
	}
}

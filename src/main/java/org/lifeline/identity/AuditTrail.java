package org.lifeline.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The record of every look at personal data and every export: who, whose, what, when, from where, why. Entries
 * carry the subject's district so that district command reads its own.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Records an action by the current user; kept even if the surrounding work fails afterwards. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String action, String subjectType, String subjectId, Long districtId, String fields,
			String reason) {
		LifelineUser user = currentUser.get().orElse(null);
		jdbc.sql("""
				insert into audit_entry (at, actor, actor_role, action, subject_type, subject_id, district_id, fields,
				    reason, remote_addr)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(clock.instant()), user == null ? "system" : user.username(),
					user == null ? "SYSTEM" : user.role().name(), action, subjectType, subjectId, districtId, fields,
					reason == null || reason.isBlank() ? null : truncate(reason.trim(), 500), remoteAddress())
			.update();
	}

	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(String subjectType, String subjectId, TerritoryScope scope, PageRequest page) {
		String where = " where " + (scope.isEverything() ? "true" : districtCondition(scope))
				+ (subjectId == null ? "" : " and subject_type = :type and subject_id = :subject");
		List<AuditEntry> items = jdbc
			.sql("select id, at, actor, actor_role, action, subject_type, subject_id, fields, reason, remote_addr from audit_entry"
					+ where + " order by at desc, id desc limit :limit offset :offset")
			.param("type", subjectType)
			.param("subject", subjectId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10)))
			.list();
		long total = jdbc.sql("select count(*) from audit_entry" + where)
			.param("type", subjectType)
			.param("subject", subjectId)
			.query(Long.class)
			.single();
		return new PageResult<>(items, total);
	}

	private static String districtCondition(TerritoryScope scope) {
		return scope.level() == TerritoryScope.Level.DISTRICT ? "district_id = " + scope.nodeId() : "false";
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/** One audit entry. */
	public record AuditEntry(long id, Instant at, String actor, String actorRole, String action, String subjectType,
			String subjectId, String fields, String reason, String from) {
	}
}

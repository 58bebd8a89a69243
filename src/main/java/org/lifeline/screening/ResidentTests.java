package org.lifeline.screening;

import java.time.Instant;
import java.util.List;

import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A resident's own tests, newest first: each PCR tube they were swabbed into (pooled or single) and each antigen
 * self-test. A PCR result shows only once the lab has reported it; page, API and print-out read the same rows.
 */
@Service
public class ResidentTests {

	private final JdbcClient jdbc;

	ResidentTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The resident's tests as the scope may see them; a resident outside it is reported as unknown. */
	public List<TestEntry> of(long residentId, TerritoryScope scope) {
		requireInScope(residentId, scope);
		return jdbc.sql("""
				select t.kind, t.tube_code, s.sampled_at, t.result, t.reported_at
				from screening_sample s join screening_tube t on t.id = s.tube_id where s.resident_id = ?
				union all
				select 'ANTIGEN', null, a.taken_at, a.result, a.reported_at from antigen_test a where a.resident_id = ?
				order by 3 desc""")
			.params(residentId, residentId)
			.query((rs, n) -> new TestEntry(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
					rs.getString(4), instant(rs.getTimestamp(5))))
			.list();
	}

	void requireInScope(long residentId, TerritoryScope scope) {
		boolean visible = jdbc.sql("select exists (select 1 from resident_roster r where r.resident_id = ? and "
				+ scope.condition("r") + ")").param(residentId).query(Boolean.class).single();
		if (!visible) {
			throw new NotFoundException("resident", residentId);
		}
	}

	private static Instant instant(java.sql.Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	/** One test: PCR_POOL, PCR_SINGLE or ANTIGEN, its tube (none for antigen), when sampled, result and report time. */
	public record TestEntry(String kind, String tubeCode, Instant sampledAt, String result, Instant reportedAt) {
	}
}

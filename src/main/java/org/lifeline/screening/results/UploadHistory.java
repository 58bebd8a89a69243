package org.lifeline.screening.results;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A lab's own uploads, newest first, with what each did. */
@Component
class UploadHistory {

	private final JdbcClient jdbc;

	UploadHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Upload> of(String lab, int limit) {
		return jdbc.sql("""
				select id, format, sha256, rows_read, applied, unchanged, unmatched, received_at from result_upload
				where lab = ? order by received_at desc, id desc limit ?""")
			.params(lab, limit)
			.query((rs, n) -> new Upload(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	record Upload(long id, String format, String sha256, int rows, int applied, int unchanged, int unmatched,
			Instant receivedAt) {
	}
}

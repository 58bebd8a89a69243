package org.lifeline.screening.results;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.lifeline.screening.ResultFormat;
import org.lifeline.screening.ResultReport;
import org.lifeline.screening.rechecks.RecheckEffects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one set-based merge of a lab batch, run inside the caller's transaction: the rows go by COPY into
 * {@code result_staging}; each row is matched to its tube and recognised when the tube's history already holds it
 * (so the same file twice changes nothing); new rows join the history; the newest of them becomes the tube's
 * current result (a positive corrected to negative is flagged for a person to confirm); the rechecks follow from
 * the changed tubes; rows for unknown tubes are kept on the unmatched list.
 */
@Component
public class ResultMerge {

	private static final String COPY = "copy result_staging (upload_id, line, tube_code, result, ct_value, reported_at) from stdin";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final RecheckEffects rechecks;

	ResultMerge(JdbcClient jdbc, DataSource dataSource, RecheckEffects rechecks) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.rechecks = rechecks;
	}

	/** A fresh upload id, taken before the rows are read (the staging rows carry it). */
	public long nextUploadId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('result_upload', 'id'))").query(Long.class).single();
	}

	/** Merges a batch that was read without rejections; answers what it did. Needs a transaction. */
	public ResultReport merge(ResultBatch batch, String lab, ResultFormat format, String sha256, Instant now) {
		long upload = batch.uploadId();
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				insert into result_upload (id, lab, format, sha256, rows_read, applied, unchanged, unmatched, received_at)
				values (?, ?, ?, ?, ?, 0, 0, 0, ?)""")
			.params(upload, lab, format.name(), sha256, (int) batch.rowsRead(), at)
			.update();
		batch.staging().copy(dataSource, COPY);
		matchToTubes(upload);
		jdbc.sql("""
				insert into tube_result (tube_id, district_id, result, ct_value, reported_at, reported_by, upload_id, received_at)
				select tube_id, district_id, result, ct_value, reported_at, ?, ?, ? from result_merge
				where tube_id is not null and not known""")
			.params(lab, upload, at)
			.update();
		changeCurrentResults();
		rechecks.apply(now);
		keepUnmatched(lab, upload, at);
		return report(batch, upload);
	}

	private void matchToTubes(long upload) {
		jdbc.sql("drop table if exists result_merge, result_change").update();
		jdbc.sql("""
				create temp table result_merge on commit drop as
				select s.line, s.tube_code, s.result, s.ct_value, s.reported_at, t.id as tube_id, t.kind, t.district_id,
				       t.result as old_result, t.reported_at as old_reported_at,
				       (t.id is not null and exists (select 1 from tube_result h where h.tube_id = t.id
				            and h.reported_at = s.reported_at and h.result = s.result
				            and h.ct_value is not distinct from s.ct_value)) as known
				from (select distinct on (tube_code, reported_at, result, ct_value) line, tube_code, result, ct_value, reported_at
				      from result_staging where upload_id = ?
				      order by tube_code, reported_at, result, ct_value, line) s
				left join screening_tube t on t.tube_code = s.tube_code""")
			.param(upload)
			.update();
		jdbc.sql("delete from result_staging where upload_id = ?").param(upload).update();
		jdbc.sql("analyze result_merge").update();
	}

	private void changeCurrentResults() {
		jdbc.sql("""
				create temp table result_change on commit drop as
				select distinct on (tube_id) tube_id, tube_code, kind, result, ct_value, reported_at, old_result
				from result_merge
				where tube_id is not null and not known and (old_reported_at is null or reported_at >= old_reported_at)
				order by tube_id, reported_at desc, line desc""")
			.update();
		jdbc.sql("analyze result_change").update();
		jdbc.sql("""
				update screening_tube t set result = c.result, ct_value = c.ct_value, reported_at = c.reported_at,
				    needs_confirmation = (c.old_result = 'POSITIVE' and c.result = 'NEGATIVE') is true,
				    confirmed_by = null, confirmed_at = null
				from result_change c where t.id = c.tube_id""")
			.update();
	}

	private void keepUnmatched(String lab, long upload, Timestamp at) {
		jdbc.sql("""
				insert into unmatched_result (tube_code, result, ct_value, reported_at, lab, upload_id, received_at)
				select m.tube_code, m.result, m.ct_value, m.reported_at, ?, ?, ? from result_merge m
				where m.tube_id is null and not exists (select 1 from unmatched_result x where x.tube_code = m.tube_code
				    and x.reported_at = m.reported_at and x.result = m.result and x.matched_at is null)""")
			.params(lab, upload, at)
			.update();
	}

	private ResultReport report(ResultBatch batch, long upload) {
		int applied = jdbc.sql("select count(*) from result_merge where tube_id is not null and not known")
			.query(Integer.class)
			.single();
		List<String> unmatched = jdbc.sql("select distinct tube_code from result_merge where tube_id is null order by 1")
			.query(String.class)
			.list();
		int unmatchedRows = jdbc.sql("select count(*) from result_merge where tube_id is null").query(Integer.class).single();
		int unchanged = (int) batch.rowsRead() - applied - unmatchedRows;
		jdbc.sql("update result_upload set applied = ?, unchanged = ?, unmatched = ? where id = ?")
			.params(applied, unchanged, unmatched.size(), upload)
			.update();
		return new ResultReport(upload, applied, unchanged, unmatched, List.of());
	}
}

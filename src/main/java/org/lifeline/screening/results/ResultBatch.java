package org.lifeline.screening.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.lifeline.screening.ResultReport.Rejection;
import org.lifeline.shared.staging.StagingFile;

/**
 * The rows of one lab batch as they are read: each is checked and either written to the staging file (in the
 * column order of {@code result_staging}) or named as rejected with its line and reason. Closing deletes the file.
 */
public final class ResultBatch implements AutoCloseable {

	static final int MAX_CODE = 40;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-]*");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

	private static final BigDecimal MAX_CT = new BigDecimal("99.99");

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private final StagingFile rows = StagingFile.create();

	private final List<Rejection> rejected = new ArrayList<>();

	private final Clock clock;

	private final long uploadId;

	/** A batch for the upload with this id (see {@link ResultMerge#nextUploadId()}). */
	public ResultBatch(Clock clock, long uploadId) {
		this.clock = clock;
		this.uploadId = uploadId;
	}

	/** Checks one row; a good one goes to staging, a bad one is named. */
	public void row(long line, String tubeCode, String result, String reportedAt, String ctValue) {
		List<String> problems = new ArrayList<>();
		String code = tubeCode == null ? "" : tubeCode.strip();
		if (code.isEmpty()) {
			problems.add("tube_code is empty");
		}
		else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
			problems.add("tube_code '" + code + "' is not a tube code (letters, digits, - and _, at most " + MAX_CODE + ")");
		}
		String outcome = outcome(result);
		if (outcome == null) {
			problems.add("result '" + (result == null ? "" : result.strip()) + "' is not NEGATIVE, POSITIVE or INVALID");
		}
		Instant reported = reportedAt(reportedAt, problems);
		BigDecimal ct = ct(ctValue, problems);
		if (!problems.isEmpty()) {
			rejected.add(new Rejection(line, (code.isEmpty() ? "" : code + ": ") + String.join("; ", problems)));
			return;
		}
		rows.row(uploadId, line, code, outcome, ct, reported);
	}

	/** A row that could not be read at all (a FHIR entry without a specimen, a broken line). */
	public void reject(long line, String reason) {
		rejected.add(new Rejection(line, reason));
	}

	long uploadId() {
		return uploadId;
	}

	public List<Rejection> rejected() {
		return List.copyOf(rejected);
	}

	public long rowsRead() {
		return rows.rows() + rejected.size();
	}

	StagingFile staging() {
		return rows;
	}

	private static String outcome(String text) {
		String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		return switch (t) {
			case "NEGATIVE", "NEG", "阴性" -> "NEGATIVE";
			case "POSITIVE", "POS", "阳性" -> "POSITIVE";
			case "INVALID", "无效" -> "INVALID";
			default -> null;
		};
	}

	private Instant reportedAt(String text, List<String> problems) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			problems.add("reported_at is empty");
			return null;
		}
		Instant reported = parseTime(t);
		if (reported == null) {
			problems.add("reported_at '" + t + "' is not a time (2022-04-04T10:30:00+08:00 or 2022-04-04 10:30)");
		}
		else if (reported.isAfter(clock.instant().plus(CLOCK_SKEW))) {
			problems.add("reported_at " + t + " lies in the future");
		}
		return reported;
	}

	private Instant parseTime(String t) {
		try {
			return OffsetDateTime.parse(t).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return LocalDateTime.parse(t, LOCAL).atZone(clock.getZone()).toInstant();
			}
			catch (DateTimeParseException notLocal) {
				return null;
			}
		}
	}

	private static BigDecimal ct(String text, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal ct = new BigDecimal(text.strip());
			if (ct.signum() < 0 || ct.compareTo(MAX_CT) > 0) {
				problems.add("ct_value " + text.strip() + " is outside 0–99.99");
				return null;
			}
			return ct.setScale(2, java.math.RoundingMode.HALF_UP);
		}
		catch (NumberFormatException e) {
			problems.add("ct_value '" + text.strip() + "' is not a number");
			return null;
		}
	}

	@Override
	public void close() {
		rows.close();
	}
}

package org.lifeline.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.lifeline.screening.results.ResultBatch;
import org.lifeline.screening.results.ResultFiles;
import org.lifeline.screening.results.ResultMerge;
import org.lifeline.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Labs report tube results (DESIGN §4.2): a JSON batch, or a CSV, XLSX or HL7 FHIR R4 file. Every row is read and
 * checked first; a batch with any unreadable row is refused whole with every bad row named. Otherwise all rows go
 * by COPY into staging and one set-based merge applies them, with the rechecks they cause, in one transaction.
 */
@Service
public class LabResults {

	private final ResultMerge merge;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LabResults(ResultMerge merge, TransactionTemplate transaction, Clock clock) {
		this.merge = merge;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Results sent as JSON; line numbers are the 1-based positions in the list. */
	public ResultReport report(List<LabResult> results, String lab) {
		if (results == null || results.isEmpty()) {
			throw new InvalidInputException("results", "results must list at least one tube result",
					"problem.screening.noResults");
		}
		try (ResultBatch batch = new ResultBatch(clock, merge.nextUploadId())) {
			StringBuilder digest = new StringBuilder();
			long line = 0;
			for (LabResult result : results) {
				line++;
				if (result == null) {
					batch.reject(line, "the result is empty");
					continue;
				}
				String ct = result.ctValue() == null ? null : result.ctValue().toPlainString();
				batch.row(line, result.tubeCode(), result.result(), result.reportedAt(), ct);
				digest.append(result).append('\n');
			}
			return apply(batch, "results", lab, ResultFormat.JSON, sha256(digest.toString()));
		}
	}

	/** A file: FHIR JSON when it is JSON, else CSV or XLSX (recognised from the content). */
	public ResultReport upload(Path file, String lab) {
		try (ResultBatch batch = new ResultBatch(clock, merge.nextUploadId())) {
			ResultFormat format = ResultFiles.read(file, batch);
			return apply(batch, "file", lab, format, sha256(file));
		}
	}

	private ResultReport apply(ResultBatch batch, String field, String lab, ResultFormat format, String sha256) {
		if (!batch.rejected().isEmpty()) {
			throw new ResultsRejectedException(field, batch.rejected());
		}
		return transaction.execute(status -> merge.merge(batch, lab, format, sha256, clock.instant()));
	}

	private static String sha256(String text) {
		return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static String sha256(Path file) {
		MessageDigest digest = digest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[65536];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

package org.lifeline.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents report antigen self-tests with a photo of the cassette. A positive one puts the resident in
 * AWAITING_RECHECK, their household told to stay in, with a single-tube ANTIGEN_POSITIVE sample at the door today.
 */
@Service
public class AntigenSelfTests {

	public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

	private static final Duration OLDEST = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final ResidentTests tests;

	private final Clock clock;

	AntigenSelfTests(JdbcClient jdbc, ResidentTests tests, Clock clock) {
		this.jdbc = jdbc;
		this.tests = tests;
		this.clock = clock;
	}

	/** When the test was taken, as a resident's form or app writes it: ISO-8601 with offset, or local time. */
	public Instant takenAt(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (java.time.format.DateTimeParseException notOffset) {
			try {
				return java.time.LocalDateTime.parse(text.strip()).atZone(clock.getZone()).toInstant();
			}
			catch (java.time.format.DateTimeParseException notLocal) {
				throw new InvalidInputException("takenAt", "takenAt '" + text + "' is not a time (2022-04-04T08:30)",
						"problem.screening.takenAtFormat", text);
			}
		}
	}

	/** Records the test; answers its id. */
	@Transactional
	public long report(long residentId, String result, Instant takenAt, Photo photo, TerritoryScope scope, String actor) {
		tests.requireInScope(residentId, scope);
		String outcome = outcome(result);
		Instant now = clock.instant();
		if (takenAt == null) {
			throw new InvalidInputException("takenAt", "takenAt is required: when the test was taken",
					"problem.screening.takenAtRequired");
		}
		if (takenAt.isAfter(now.plus(Duration.ofMinutes(10)))) {
			throw new InvalidInputException("takenAt", "takenAt " + takenAt + " lies in the future",
					"problem.screening.takenAtFuture", String.valueOf(takenAt));
		}
		if (takenAt.isBefore(now.minus(OLDEST))) {
			throw new InvalidInputException("takenAt", "takenAt " + takenAt + " is more than 7 days ago",
					"problem.screening.takenAtOld", String.valueOf(takenAt));
		}
		photo.requireImage();
		long id = jdbc.sql("""
				insert into antigen_test (resident_id, compound_id, district_id, result, taken_at, photo, photo_type,
				    reported_by, reported_at)
				select resident_id, compound_id, district_id, ?, ?, ?, ?, ?, ? from resident_roster where resident_id = ?
				returning id""")
			.params(outcome, Timestamp.from(takenAt), photo.bytes(), photo.detectedType(), actor, Timestamp.from(now), residentId)
			.query(Long.class)
			.single();
		if (outcome.equals("POSITIVE")) {
			awaitRecheck(residentId, now);
		}
		return id;
	}

	private void awaitRecheck(long residentId, Instant now) {
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				insert into resident_screening (resident_id, household_id, compound_id, committee_id, district_id, status, since)
				select resident_id, household_id, compound_id, committee_id, district_id, 'AWAITING_RECHECK', ?
				from resident_roster where resident_id = ?
				on conflict (resident_id) do update set status = 'AWAITING_RECHECK', since = excluded.since,
				    cause_tube_id = null, follow_up_on = null
				where resident_screening.status = 'CLEAR'""")
			.params(at, residentId)
			.update();
		jdbc.sql("""
				insert into home_sampling_task (resident_id, household_id, building_id, compound_id, committee_id,
				    district_id, reason, due_on, created_at)
				select resident_id, household_id, building_id, compound_id, committee_id, district_id, 'ANTIGEN_POSITIVE', ?, ?
				from resident_roster where resident_id = ?
				on conflict (resident_id, reason, due_on) where status = 'OPEN' do nothing""")
			.params(LocalDate.ofInstant(now, clock.getZone()), at, residentId)
			.update();
	}

	private static String outcome(String result) {
		String r = result == null ? "" : result.strip().toUpperCase(Locale.ROOT);
		return switch (r) {
			case "NEGATIVE", "阴性" -> "NEGATIVE";
			case "POSITIVE", "阳性" -> "POSITIVE";
			default -> throw new InvalidInputException("result", "result must be NEGATIVE or POSITIVE, was '"
					+ (result == null ? "" : result) + "'", "problem.screening.antigenResult", result == null ? "" : result);
		};
	}

	/** The photo of the test cassette: a JPEG, PNG or WebP image of at most 5 MB. */
	public record Photo(byte[] bytes) {

		String detectedType() {
			return jpeg() ? "image/jpeg" : png() ? "image/png" : "image/webp";
		}

		void requireImage() {
			if (bytes == null || bytes.length == 0) {
				throw new InvalidInputException("photo", "a photo of the test cassette is required",
						"problem.screening.photoRequired");
			}
			if (bytes.length > MAX_PHOTO_BYTES) {
				throw new InvalidInputException("photo", "the photo is larger than 5 MB", "problem.screening.photoSize");
			}
			if (!(jpeg() || png() || webp())) {
				throw new InvalidInputException("photo", "the photo must be a JPEG, PNG or WebP image",
						"problem.screening.photoType");
			}
		}

		private boolean jpeg() {
			return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
		}

		private boolean png() {
			return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
		}

		private boolean webp() {
			return bytes.length > 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[8] == 'W' && bytes[9] == 'E';
		}
	}
}

package org.lifeline.shared.spreadsheet;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an import found: how many rows were accepted and the rejected rows with the line and column of the
 * problem and a reason a clerk can act on. An import with any rejection saves nothing. Only the first
 * {@value #LISTED} rejections (by line) are listed; {@code rejectedTotal} counts them all.
 */
public record ImportReport(long accepted, List<Rejection> rejected, long rejectedTotal) {

	/** How many rejections a report lists at most; a file with more has a problem a clerk fixes in bulk. */
	public static final int LISTED = 1_000;

	public ImportReport {
		rejectedTotal = Math.max(rejectedTotal, rejected.size());
		rejected = rejected.stream()
			.sorted(Comparator.comparingLong(Rejection::line).thenComparing(Rejection::column))
			.limit(LISTED)
			.toList();
	}

	public ImportReport(long accepted, List<Rejection> rejected) {
		this(accepted, rejected, rejected.size());
	}

	/** Whether every row was accepted, so the import may be saved. */
	public boolean allAccepted() {
		return rejectedTotal == 0;
	}

	/** How many rejections are counted but not listed. */
	public long rejectedNotListed() {
		return rejectedTotal - rejected.size();
	}

	/**
	 * One problem: the 1-based line in the file, the column as the file names it, and why (in English, as the API
	 * answers it). With a message key (the {@code problem.} keys) a page says the reason in its reader's language.
	 */
	public record Rejection(long line, String column, String reason, @JsonIgnore String key,
			@JsonIgnore List<Object> arguments) implements Serializable {

		public Rejection {
			arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
		}

		/** A reason in English words only. */
		public Rejection(long line, String column, String reason) {
			this(line, column, reason, null, List.of());
		}

		/** A reason said by message key and arguments; {@code reason} is its English wording. */
		public static Rejection said(long line, String column, String reason, String key, Object... arguments) {
			return new Rejection(line, column, reason, key, arguments == null ? List.of() : Arrays.asList(arguments));
		}

		/** A refusal of the rules (its message key and arguments when it has them, its English message). */
		public static Rejection of(long line, String column, RuntimeException refusal) {
			if (refusal instanceof MessageSourceResolvable words && words.getCodes() != null) {
				return said(line, column, refusal.getMessage(), words.getCodes()[0], words.getArguments());
			}
			return new Rejection(line, column, refusal.getMessage());
		}

		/** The reason for {@code @problems.say}: the key with its arguments, the English words when it has none. */
		public MessageSourceResolvable words() {
			return new DefaultMessageSourceResolvable(key == null ? null : new String[] { key }, arguments.toArray(),
					reason);
		}
	}
}

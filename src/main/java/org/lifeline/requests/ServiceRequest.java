package org.lifeline.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;

/**
 * The life of one request as a work order: acknowledged, assigned, resolved, closed or reopened. Every step is
 * guarded (an impossible step is a 409) and leaves a timeline entry with who did it and when; the version makes
 * two people acting at once unable to both win.
 */
class ServiceRequest {

	/** How long a resolved request waits for the resident before it closes by itself. */
	static final Duration AUTO_CLOSE_AFTER = Duration.ofHours(72);

	static final int MAX_NOTE = 2000;

	private final long id;

	private final int version;

	private final RequestCategory category;

	private final Instant filedAt;

	private final Instant ackDueAt;

	private RequestStatus status;

	private Instant resolveDueAt;

	private Instant acknowledgedAt;

	private String assignee;

	private Instant resolvedAt;

	private String resolution;

	private Instant closedAt;

	private final List<Step> steps = new ArrayList<>();

	ServiceRequest(long id, int version, RequestCategory category, RequestStatus status, Instant filedAt,
			Instant ackDueAt, Instant resolveDueAt, Instant acknowledgedAt, String assignee, Instant resolvedAt,
			String resolution, Instant closedAt) {
		this.id = id;
		this.version = version;
		this.category = category;
		this.status = status;
		this.filedAt = filedAt;
		this.ackDueAt = ackDueAt;
		this.resolveDueAt = resolveDueAt;
		this.acknowledgedAt = acknowledgedAt;
		this.assignee = assignee;
		this.resolvedAt = resolvedAt;
		this.resolution = resolution;
		this.closedAt = closedAt;
	}

	/** Someone at the committee has seen the request and owns it now. */
	void acknowledge(String by, Instant at) {
		require("acknowledge", EnumSet.of(RequestStatus.NEW, RequestStatus.REOPENED));
		markAcknowledged(at);
		status = RequestStatus.ACKNOWLEDGED;
		record(at, by, "ACKNOWLEDGED", null);
	}

	/** Gives the work to a user (oneself, a colleague or a volunteer); an unseen request counts as seen. */
	void assign(String user, String by, Instant at) {
		require("assign", RequestStatus.UNRESOLVED);
		markAcknowledged(at);
		assignee = user;
		status = RequestStatus.IN_PROGRESS;
		record(at, by, "ASSIGNED", "to " + user);
	}

	/** The work is done; what was done is required, the resident is asked to confirm. */
	void resolve(String by, String note, Instant at) {
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "say what was done", "problem.requests.noteRequired");
		}
		if (note.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "the note is longer than " + MAX_NOTE + " characters",
					"problem.requests.noteTooLong", String.valueOf(MAX_NOTE));
		}
		if (status == RequestStatus.NEW) {
			throw new ConflictException("request " + id + " is NEW: acknowledge it before resolving it",
					"problem.requests.acknowledgeFirst", String.valueOf(id));
		}
		require("resolve", EnumSet.of(RequestStatus.ACKNOWLEDGED, RequestStatus.IN_PROGRESS, RequestStatus.REOPENED));
		resolvedAt = at;
		resolution = note.trim();
		status = RequestStatus.RESOLVED;
		record(at, by, "RESOLVED", resolution);
	}

	/**
	 * Work another module does for the request took a step (a trip was ordered, brought the patient home or to a
	 * ward): it goes on the timeline; a step that answers the need resolves the request, counting it as seen.
	 * A request already resolved or closed keeps its state and only gains the entry.
	 */
	void answeredElsewhere(String by, String action, String note, boolean answers, Instant at) {
		record(at, by, action, note);
		if (!answers || !status.isUnresolved()) {
			return;
		}
		markAcknowledged(at);
		resolvedAt = at;
		resolution = note;
		status = RequestStatus.RESOLVED;
		record(at, by, "RESOLVED", note);
	}

	/** The resident confirms the work was done. */
	void close(String by, Instant at) {
		require("close", EnumSet.of(RequestStatus.RESOLVED));
		closedAt = at;
		status = RequestStatus.CLOSED;
		record(at, by, "CLOSED", "confirmed");
	}

	/** Nobody objected within {@link #AUTO_CLOSE_AFTER} of the resolution. */
	void closeUnanswered(Instant at) {
		require("close", EnumSet.of(RequestStatus.RESOLVED));
		if (resolvedAt.plus(AUTO_CLOSE_AFTER).isAfter(at)) {
			throw new ConflictException("request " + id + " was resolved less than 72 hours ago",
					"problem.requests.resolvedRecently", String.valueOf(id));
		}
		closedAt = at;
		status = RequestStatus.CLOSED;
		record(at, "system", "CLOSED", "closed automatically 72 hours after resolution");
	}

	/** The resident says the need is not met: back to work, with a fresh resolve deadline. */
	void reopen(String by, String reason, Instant at) {
		require("reopen", EnumSet.of(RequestStatus.RESOLVED));
		if (reason != null && reason.length() > MAX_NOTE) {
			throw new InvalidInputException("reason", "the reason is longer than " + MAX_NOTE + " characters",
					"problem.requests.reasonTooLong", String.valueOf(MAX_NOTE));
		}
		resolveDueAt = at.plus(Duration.between(filedAt, resolveDueAt));
		resolvedAt = null;
		status = RequestStatus.REOPENED;
		record(at, by, "REOPENED", reason == null || reason.isBlank() ? null : reason.trim());
	}

	/** Whether a deadline that still matters has passed. */
	boolean isOverdue(Instant now) {
		return isOverdue(status, ackDueAt, resolveDueAt, now);
	}

	static boolean isOverdue(RequestStatus status, Instant ackDueAt, Instant resolveDueAt, Instant now) {
		return (status == RequestStatus.NEW && now.isAfter(ackDueAt))
				|| (status.isUnresolved() && now.isAfter(resolveDueAt));
	}

	private void markAcknowledged(Instant at) {
		if (acknowledgedAt == null) {
			acknowledgedAt = at;
		}
	}

	private void require(String step, Set<RequestStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new ConflictException("request " + id + " is " + status + " and cannot " + step + " now",
					"problem.requests.wrongStatus", String.valueOf(id), status, step);
		}
	}

	private void record(Instant at, String actor, String action, String note) {
		steps.add(new Step(at, actor, action, note));
	}

	long id() {
		return id;
	}

	int version() {
		return version;
	}

	RequestCategory category() {
		return category;
	}

	RequestStatus status() {
		return status;
	}

	Instant resolveDueAt() {
		return resolveDueAt;
	}

	Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	String assignee() {
		return assignee;
	}

	Instant resolvedAt() {
		return resolvedAt;
	}

	String resolution() {
		return resolution;
	}

	Instant closedAt() {
		return closedAt;
	}

	/** The steps taken since the request was loaded, to be written to its timeline. */
	List<Step> newSteps() {
		return List.copyOf(steps);
	}
}

package org.lifeline.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.ConflictException;

/**
 * One positive case and its lifecycle. Every transition is guarded (a bad one names the case and its status) and
 * leaves a step; the repository writes the new steps with the case.
 */
class PositiveCase {

	/** Days of home health monitoring after discharge. */
	static final int HOME_MONITORING_DAYS = 7;

	private Long id;

	private final long residentId;

	private final CasePlace place;

	private CaseType type;

	private final CaseType reportedType;

	private final FoundBy foundBy;

	private final CaseSource source;

	private final String sourceRef;

	private CaseStatus status;

	private final LocalDate reportedOn;

	private final Instant reportedAt;

	private final String reportedBy;

	private final LocalDate birthDate;

	private final Set<String> needs;

	private final CaseProgress progress;

	private final List<CaseStep> newSteps = new ArrayList<>();

	PositiveCase(Long id, long residentId, CasePlace place, CaseType type, CaseType reportedType, FoundBy foundBy,
			CaseSource source, String sourceRef, CaseStatus status, LocalDate reportedOn, Instant reportedAt,
			String reportedBy, LocalDate birthDate, Set<String> needs, CaseProgress progress) {
		this.id = id;
		this.residentId = residentId;
		this.place = place;
		this.type = type;
		this.reportedType = reportedType;
		this.foundBy = foundBy;
		this.source = source;
		this.sourceRef = sourceRef;
		this.status = status;
		this.reportedOn = reportedOn;
		this.reportedAt = reportedAt;
		this.reportedBy = reportedBy;
		this.birthDate = birthDate;
		this.needs = Set.copyOf(needs);
		this.progress = progress;
	}

	/** A new case: reported, and at once in the transfer queue (both steps kept). */
	static PositiveCase report(long residentId, CasePlace place, CaseType type, FoundBy foundBy, CaseSource source,
			String sourceRef, LocalDate reportedOn, Instant at, String actor, LocalDate birthDate, Set<String> needs) {
		PositiveCase positive = new PositiveCase(null, residentId, place, type, type, foundBy, source, sourceRef,
				CaseStatus.REPORTED, reportedOn, at, actor, birthDate, needs, new CaseProgress());
		positive.step(at, actor, "REPORTED", type + ", " + foundBy + ", " + source
				+ (sourceRef == null ? "" : " " + sourceRef));
		positive.status = CaseStatus.AWAITING_TRANSFER;
		positive.step(at, actor, "AWAITING_TRANSFER", null);
		return positive;
	}

	/** On a bus run to a facility: only from the transfer queue. */
	void startTransfer(String busRunRef, Instant at, String actor) {
		require(status == CaseStatus.AWAITING_TRANSFER, "startTransfer", "start a transfer");
		if (busRunRef == null || busRunRef.isBlank()) {
			throw new org.lifeline.shared.InvalidInputException("busRunRef", "a transfer names its bus run");
		}
		status = CaseStatus.IN_TRANSFER;
		progress.busRunRef = busRunRef.trim();
		progress.transferStartedAt = at;
		step(at, actor, "TRANSFER_STARTED", "bus run " + progress.busRunRef);
	}

	/** In a facility's bed: from a transfer, or straight from the queue (the person came by other means). */
	void admit(String facilityCode, String bedKind, Instant at, String actor) {
		require(status == CaseStatus.IN_TRANSFER || status == CaseStatus.AWAITING_TRANSFER, "admit", "admit");
		if (facilityCode == null || facilityCode.isBlank()) {
			throw new org.lifeline.shared.InvalidInputException("facilityCode", "an admission names the facility");
		}
		status = CaseStatus.ADMITTED;
		progress.facilityCode = facilityCode.trim();
		progress.bedKind = bedKind == null || bedKind.isBlank() ? null : bedKind.trim();
		progress.admittedAt = at;
		step(at, actor, "ADMITTED", progress.facilityCode + (progress.bedKind == null ? "" : " " + progress.bedKind));
	}

	/** Back home to seven days of health monitoring: only someone admitted. */
	void discharge(Instant at, LocalDate on, String actor) {
		require(status == CaseStatus.ADMITTED, "discharge", "discharge");
		status = CaseStatus.DISCHARGED;
		progress.dischargedAt = at;
		progress.dischargedOn = on;
		progress.monitoringUntil = on.plusDays(HOME_MONITORING_DAYS);
		step(at, actor, "DISCHARGED", "home health monitoring until " + progress.monitoringUntil);
	}

	/** An asymptomatic case becomes confirmed (转归), counted as a conversion on that day. */
	void convert(LocalDate on, Instant at, String actor) {
		require(status != CaseStatus.DISCHARGED, "convert", "convert");
		if (type != CaseType.ASYMPTOMATIC) {
			throw new ConflictException("case " + describe() + " is already " + type + ": only an asymptomatic case converts",
					"problem.cases.alreadyConfirmed", number(), String.valueOf(residentId), type, CaseWords.of(type));
		}
		type = CaseType.CONFIRMED;
		progress.convertedOn = on;
		step(at, actor, "CONVERTED", "asymptomatic → confirmed on " + on);
	}

	/** Waited too long for a bed: raised to the district, once. */
	boolean escalate(Instant at) {
		if (!status.notAdmitted() || progress.escalatedAt != null) {
			return false;
		}
		progress.escalatedAt = at;
		step(at, "system", "ESCALATED", "waiting over 24 h: escalated to the district");
		return true;
	}

	private void require(boolean allowed, String step, String what) {
		if (!allowed) {
			throw new ConflictException("cannot " + what + " case " + describe() + ": it is " + status,
					"problem.cases.cannot." + step, number(), String.valueOf(residentId), status, CaseWords.of(status));
		}
	}

	private String describe() {
		return number() + " of resident " + residentId;
	}

	private String number() {
		return id == null ? "(new)" : "#" + id;
	}

	private void step(Instant at, String actor, String action, String note) {
		newSteps.add(new CaseStep(at, actor, status, action, note));
	}

	void identify(long newId) {
		this.id = newId;
	}

	List<CaseStep> takeNewSteps() {
		List<CaseStep> steps = List.copyOf(newSteps);
		newSteps.clear();
		return steps;
	}

	Long id() { return id; }

	long residentId() { return residentId; }

	CasePlace place() { return place; }

	CaseType type() { return type; }

	CaseType reportedType() { return reportedType; }

	FoundBy foundBy() { return foundBy; }

	CaseSource source() { return source; }

	String sourceRef() { return sourceRef; }

	CaseStatus status() { return status; }

	LocalDate reportedOn() { return reportedOn; }

	Instant reportedAt() { return reportedAt; }

	String reportedBy() { return reportedBy; }

	LocalDate birthDate() { return birthDate; }

	Set<String> needs() { return needs; }

	CaseProgress progress() { return progress; }
}

package org.lifeline.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.screening.ScreeningExemptions;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases from home to a bed and back: the queue of cases awaiting transfer, a bus run picking one up, the
 * admission (facility, bed) and the discharge to seven days of home health monitoring. Isolation drives these;
 * a bad transition (discharging someone not admitted) is a {@link org.lifeline.shared.ConflictException} naming
 * the case and its status.
 */
@Service
public class CaseTransfers {

	private final CaseRepository cases;

	private final TransferQueue queue;

	private final ScreeningExemptions exemptions;

	private final Clock clock;

	CaseTransfers(CaseRepository cases, TransferQueue queue, ScreeningExemptions exemptions, Clock clock) {
		this.cases = cases;
		this.queue = queue;
		this.exemptions = exemptions;
		this.clock = clock;
	}

	/** The cases awaiting transfer in the scope, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseInQueue> awaitingTransfer(TerritoryScope scope) {
		return queue.awaiting(scope, LocalDate.now(clock));
	}

	/** AWAITING_TRANSFER → IN_TRANSFER, on the named bus run. */
	@Transactional
	public void startTransfer(long caseId, String busRunRef, String actor) {
		startTransfer(caseId, busRunRef, actor, clock.instant());
	}

	/** IN_TRANSFER (or AWAITING_TRANSFER) → ADMITTED to a bed of the facility. */
	@Transactional
	public void admit(long caseId, String facilityCode, String bedKind, String actor) {
		admit(caseId, facilityCode, bedKind, actor, clock.instant());
	}

	/** ADMITTED → DISCHARGED to seven days of home health monitoring. */
	@Transactional
	public void discharge(long caseId, String actor) {
		discharge(caseId, actor, clock.instant());
	}

	/** A transfer entered after the fact, at the time given (not in the future). */
	@Transactional
	public void startTransfer(long caseId, String busRunRef, String actor, Instant at) {
		CaseClock.requirePast(at, clock, CaseReports.MAX_DAYS_BACK);
		PositiveCase positive = load(caseId);
		positive.startTransfer(busRunRef, at, actor);
		cases.save(positive);
	}

	/** An admission entered after the fact, at the time given (not in the future). */
	@Transactional
	public void admit(long caseId, String facilityCode, String bedKind, String actor, Instant at) {
		CaseClock.requirePast(at, clock, CaseReports.MAX_DAYS_BACK);
		PositiveCase positive = load(caseId);
		positive.admit(facilityCode, bedKind, at, actor);
		cases.save(positive);
		exemptions.exempt(positive.residentId(), ScreeningExemptions.Reason.IN_ISOLATION, CaseClock.day(at, clock), actor);
	}

	/** A discharge entered after the fact, at the time given (not in the future). */
	@Transactional
	public void discharge(long caseId, String actor, Instant at) {
		CaseClock.requirePast(at, clock, CaseReports.MAX_DAYS_BACK);
		PositiveCase positive = load(caseId);
		LocalDate day = CaseClock.day(at, clock);
		positive.discharge(at, day, actor);
		cases.save(positive);
		exemptions.end(positive.residentId(), day);
	}

	private PositiveCase load(long caseId) {
		return cases.lock(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
	}
}

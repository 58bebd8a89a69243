package org.lifeline.cases;

import java.time.Clock;
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
		PositiveCase positive = load(caseId);
		positive.startTransfer(busRunRef, clock.instant(), actor);
		cases.save(positive);
	}

	/** IN_TRANSFER (or AWAITING_TRANSFER) → ADMITTED to a bed of the facility. */
	@Transactional
	public void admit(long caseId, String facilityCode, String bedKind, String actor) {
		PositiveCase positive = load(caseId);
		positive.admit(facilityCode, bedKind, clock.instant(), actor);
		cases.save(positive);
		exemptions.exempt(positive.residentId(), ScreeningExemptions.Reason.IN_ISOLATION, LocalDate.now(clock), actor);
	}

	/** ADMITTED → DISCHARGED to seven days of home health monitoring. */
	@Transactional
	public void discharge(long caseId, String actor) {
		PositiveCase positive = load(caseId);
		LocalDate today = LocalDate.now(clock);
		positive.discharge(clock.instant(), today, actor);
		cases.save(positive);
		exemptions.end(positive.residentId(), today);
	}

	private PositiveCase load(long caseId) {
		return cases.lock(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
	}
}

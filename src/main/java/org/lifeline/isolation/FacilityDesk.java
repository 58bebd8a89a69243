package org.lifeline.isolation;

import java.time.Clock;
import java.time.Instant;

import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseTransfers;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facility's desk (接收台): confirms each case's arrival from a bus run (the case is admitted and the held bed
 * becomes occupied; the run closes when all have arrived), admits a case that came by other means, and discharges
 * (the bed is freed). The desk is the hospital's own for a designated hospital, district command for its shelters
 * and hotels. Each admission asks for terminal disinfection of the home.
 */
@Service
public class FacilityDesk {

	private final FacilityRepository facilities;

	private final BusRunRepository runs;

	private final PlacementRepository placements;

	private final CaseTransfers cases;

	private final Territory territory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FacilityDesk(FacilityRepository facilities, BusRunRepository runs, PlacementRepository placements,
			CaseTransfers cases, Territory territory, ApplicationEventPublisher events, Clock clock) {
		this.facilities = facilities;
		this.runs = runs;
		this.placements = placements;
		this.cases = cases;
		this.territory = territory;
		this.events = events;
		this.clock = clock;
	}

	/** A case of a run has arrived: admitted on its held bed. */
	@Transactional
	public void arrived(long runId, long caseId, FacilityAccess access, String actor) {
		BusRunRepository.Run run = runs.lock(runId).orElseThrow(() -> new NotFoundException("bus run", BusRunView.ref(runId)));
		FacilityView facility = desk(run.facilityId(), access);
		BusRunRepository.Rider rider = runs.placement(caseId)
			.filter(r -> r.runId() != null && r.runId() == runId)
			.orElseThrow(() -> new ConflictException("case " + caseId + " is not on run " + BusRunView.ref(runId),
					"problem.isolation.notOnRun", String.valueOf(caseId), BusRunView.ref(runId)));
		if (!"STARTED".equals(run.status()) || !"IN_TRANSFER".equals(rider.status())) {
			throw new ConflictException("case " + caseId + " on run " + BusRunView.ref(runId) + " is " + rider.status()
					+ " (run " + run.status() + "): only a case in transfer arrives", "problem.isolation.notInTransfer", String.valueOf(caseId),
					BusRunView.ref(runId), rider.status(), run.status(), IsolationWords.placement(rider.status()),
					IsolationWords.run(run.status()));
		}
		cases.admit(caseId, facility.code(), rider.bedKind().name(), actor);
		facilities.moveBeds(facility.id(), rider.bedKind(), -1, 1);
		Instant now = clock.instant();
		placements.admitted(caseId, actor, now);
		if (runs.onRun(runId).stream().allMatch(r -> "ADMITTED".equals(r.status()) || "DISCHARGED".equals(r.status()))) {
			runs.setStatus(runId, "CLOSED", now);
		}
		events.publishEvent(new TerminalDisinfectionDue(caseId, rider.householdId(), rider.buildingId(),
				rider.compoundId(), rider.districtId(), now));
	}

	/** A case awaiting transfer (in the facility's district) arrived by other means; see below. */
	@Transactional
	public void admit(String facilityCode, long caseId, String bedKind, FacilityAccess access, String actor) {
		FacilityView facility = deskByCode(facilityCode, access);
		TerritoryScope area = facility.districtId() == null ? TerritoryScope.everything()
				: territory.byId(facility.districtId()).scope();
		CaseInQueue queued = cases.awaitingTransfer(area).stream()
			.filter(c -> c.caseId() == caseId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("case awaiting transfer in the facility's area", caseId));
		admit(facilityCode, queued, bedKind, access, actor);
	}

	/** A case awaiting transfer arrived by other means: admitted on a free bed of the kind, or a 409 naming the facility and kind. */
	@Transactional
	public void admit(String facilityCode, CaseInQueue queued, String bedKind, FacilityAccess access, String actor) {
		admit(facilityCode, queued, bedKind, access, actor, clock.instant());
	}

	/** An admission by other means entered after the fact, at the time given (cases refuses a time in the future). */
	@Transactional
	public void admit(String facilityCode, CaseInQueue queued, String bedKind, FacilityAccess access, String actor,
			Instant at) {
		FacilityView facility = deskByCode(facilityCode, access);
		BedKind kind = BedKind.parse(bedKind).orElseThrow(() -> IsolationWords.unknownBedKind("bedKind", bedKind));
		if (runs.placement(queued.caseId()).isPresent()) {
			throw new ConflictException("case " + queued.caseId() + " already has a bed: confirm it from its run",
					"problem.isolation.hasBed", String.valueOf(queued.caseId()));
		}
		if (!facility.open() || !facilities.moveBeds(facility.id(), kind, 0, 1)) {
			Beds beds = facility.beds(kind);
			String english = "facility " + facility.code() + " (" + facility.name() + ") has no free " + kind + " bed: "
					+ beds.capacity() + " in all, " + beds.occupied() + " occupied, " + beds.held() + " held";
			Object[] facts = { facility.code(), facility.name(), kind, beds.capacity(), beds.occupied(), beds.held(),
					Reasons.argument(kind) };
			throw facility.open() ? new ConflictException(english, "problem.isolation.noFreeBed", facts)
					: new ConflictException(english + "; it is closed", "problem.isolation.noFreeBedClosed", facts);
		}
		cases.admit(queued.caseId(), facility.code(), kind.name(), actor, at);
		placements.admittedDirectly(queued, facility.id(), kind, actor, at);
		events.publishEvent(new TerminalDisinfectionDue(queued.caseId(), queued.householdId(), queued.buildingId(),
				queued.compoundId(), queued.districtId(), at));
	}

	/** Discharged home to health monitoring: the bed is freed. */
	@Transactional
	public void discharge(String facilityCode, long caseId, FacilityAccess access, String actor) {
		discharge(facilityCode, caseId, access, actor, clock.instant());
	}

	/** A discharge entered after the fact, at the time given. */
	@Transactional
	public void discharge(String facilityCode, long caseId, FacilityAccess access, String actor, Instant at) {
		FacilityView facility = deskByCode(facilityCode, access);
		BusRunRepository.Rider rider = runs.placement(caseId)
			.filter(r -> r.facilityId() == facility.id())
			.orElseThrow(() -> new NotFoundException("case at " + facility.code(), caseId));
		if (!"ADMITTED".equals(rider.status())) {
			throw new ConflictException("case " + caseId + " is " + rider.status() + " at " + facility.code() + ", not admitted",
					"problem.isolation.notAdmitted", String.valueOf(caseId), rider.status(), facility.code(),
					IsolationWords.placement(rider.status()));
		}
		cases.discharge(caseId, actor, at);
		facilities.moveBeds(facility.id(), rider.bedKind(), 0, -1);
		placements.discharged(caseId, actor, at);
	}

	private FacilityView desk(long facilityId, FacilityAccess access) {
		FacilityRepository.Stored stored = facilities.byId(facilityId).orElseThrow();
		return checked(stored.view(districtCode(stored.districtId())), access);
	}

	private FacilityView deskByCode(String code, FacilityAccess access) {
		FacilityRepository.Stored stored = facilities.byCode(code == null ? "" : code.trim(), access)
			.orElseThrow(() -> new NotFoundException("facility", code));
		return checked(stored.view(districtCode(stored.districtId())), access);
	}

	private static FacilityView checked(FacilityView facility, FacilityAccess access) {
		if (!access.worksDesk(facility)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"the desk of " + facility.code() + " is " + (facility.kind().hasHospitalDesk() ? "the hospital's own" : "its district command"));
		}
		return facility;
	}

	private String districtCode(Long districtId) {
		return districtId == null ? null : territory.findById(districtId).map(TerritoryNode::code).orElse(null);
	}
}

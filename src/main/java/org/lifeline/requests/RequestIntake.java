package org.lifeline.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files requests from every channel: triage (a critical medical request is told to dial 120 and alerts the
 * street), routing to the committee, deadlines from the service levels, and linking to the household's open
 * request of the same category instead of opening a second work order. Writing is the {@link IntakeWriter}'s.
 */
@Service
public class RequestIntake {

	private final RequestRepository requests;

	private final ResidentRegistry residents;

	private final BuildingDirectory buildings;

	private final ServiceLevels levels;

	private final IntakeWriter writer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RequestIntake(RequestRepository requests, ResidentRegistry residents, BuildingDirectory buildings,
			ServiceLevels levels, IntakeWriter writer, PlatformTransactionManager transactions, Clock clock) {
		this.requests = requests;
		this.residents = residents;
		this.buildings = buildings;
		this.levels = levels;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Files a request for a resident the caller may see. */
	public RequestView file(NewRequest request, Channel channel, TerritoryScope scope, String actor) {
		if (request.residentId() == null) {
			throw new InvalidInputException("residentId", "residentId is required");
		}
		RequestDraft draft = request.draft();
		ResidentView resident;
		try {
			resident = residents.byId(request.residentId(), scope);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("residentId", "resident " + request.residentId() + " not found");
		}
		return file(draft, Routing.forResident(resident, buildings.byCode(resident.buildingCode())), channel, actor);
	}

	/**
	 * Files a request already routed (Open311 filings for a place rather than a known resident). Inside a
	 * transaction the request is written in it; otherwise it is committed before this returns.
	 */
	public RequestView file(RequestDraft draft, Routing routing, Channel channel, String actor) {
		for (int attempt = 1;; attempt++) {
			Instant now = clock.instant();
			Filing filing = filing(draft, routing, channel, actor, now);
			List<Step> steps = new ArrayList<>();
			steps.add(new Step(now, actor, "FILED", "via " + channel));
			if (draft.critical()) {
				steps.add(new Step(now, actor, "TRIAGED", "critical: told to dial 120 now; street medical task force alerted"));
			}
			Optional<Long> id = writer.write(new PendingFiling(filing, steps, draft.photo()));
			if (id.isPresent()) {
				return created(id.get(), filing, draft.photo() != null, steps);
			}
			Optional<RequestView> linked = linkToOpen(routing.householdId(), draft, channel, actor, now);
			if (linked.isPresent() || attempt == 2) {
				return linked.orElseThrow(() -> new IllegalStateException("an open request vanished twice while linking"));
			}
		}
	}

	private Filing filing(RequestDraft draft, Routing routing, Channel channel, String actor, Instant now) {
		TerritoryNode node = routing.node();
		return new Filing(UUID.randomUUID().toString(), draft.category(), draft.critical(), routing.vulnerable(), channel,
				draft.critical() ? Instruction.CALL_120 : null, draft.description(), routing.residentId(),
				routing.householdId(), routing.buildingId(), node.compoundId(), node.committeeId(), node.streetId(),
				node.districtId(), routing.address(), routing.lat(), routing.lon(), routing.contactName(),
				routing.contactPhone(), draft.email(), draft.mediaUrl(), actor, now,
				levels.levelFor(draft.category(), draft.critical()).deadlinesFrom(now));
	}

	/** Adds the filing to the household's open request; nothing when that request was closed meanwhile. */
	private Optional<RequestView> linkToOpen(Long householdId, RequestDraft draft, Channel channel, String actor,
			Instant now) {
		String said = draft.description().length() > 200 ? draft.description().substring(0, 200) + "…" : draft.description();
		return transaction.execute(status -> requests.findOpen(householdId, draft.category()).map(existing -> {
			requests.addSteps(existing, List.of(new Step(now, actor, "FILED_AGAIN", "via " + channel + ": " + said)));
			return requests.view(existing, TerritoryScope.everything(), now).orElseThrow().asDuplicateFiling();
		}));
	}

	private static RequestView created(long id, Filing f, boolean hasPhoto, List<Step> steps) {
		return new RequestView(id, f.token(), RequestStatus.NEW, f.category(), f.critical(), f.vulnerable(),
				f.instruction(), f.channel(), f.description(), f.residentId(), f.householdId(), f.contactName(),
				f.contactPhone(), f.address(), f.buildingId(), f.compoundId(), f.committeeId(), f.streetId(),
				f.districtId(), f.lat(), f.lon(), f.mediaUrl(), hasPhoto, f.filedBy(), f.filedAt(),
				f.deadlines().ackDueAt(), f.deadlines().resolveDueAt(), null, null, null, null, null, null, null,
				f.filedAt(), 0, false, null, steps);
	}
}

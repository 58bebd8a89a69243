package org.lifeline.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One round of intake in the caller's transaction, for any number of filings at once: looks up their residents
 * in one query, routes each filing to its committee with deadlines from the service levels, writes the new
 * requests, and joins each repeat to its household's open request of the same need. Every filing is answered
 * with its request or with why it was refused; a refusal leaves the others untouched.
 */
@Component
class IntakeRound {

	private static final int SAID_IN_TIMELINE = 200;

	private final IntakeBatch batch;

	private final RequestRepository requests;

	private final ResidentRegistry residents;

	private final BuildingDirectory buildings;

	private final ServiceLevels levels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntakeRound(IntakeBatch batch, RequestRepository requests, ResidentRegistry residents, BuildingDirectory buildings,
			ServiceLevels levels, ApplicationEventPublisher events, Clock clock) {
		this.batch = batch;
		this.requests = requests;
		this.residents = residents;
		this.buildings = buildings;
		this.levels = levels;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the filings in a transaction of their own, begun by the caller; answers them in the order given. */
	List<Answer> writeAlone(List<PendingFiling> pending) {
		batch.planForKeyLookups();
		return write(pending);
	}

	/** Writes the filings in the caller's transaction; answers them in the order given. */
	List<Answer> write(List<PendingFiling> pending) {
		Answer[] answers = new Answer[pending.size()];
		List<Routed> left = route(pending, answers);
		Map<Integer, Long> joined = new HashMap<>();
		// a repeat whose open request was closed meanwhile is filed anew, once
		for (int attempt = 1; attempt <= 2 && !left.isEmpty(); attempt++) {
			left = joinRepeats(create(left, answers), joined);
		}
		left.forEach(r -> answers[r.index()] = Answer.refused(
				new IllegalStateException("the household's open request closed twice while this filing was joined to it")));
		Map<Long, RequestView> open = joined.isEmpty() ? Map.of() : requests.views(joined.values(), clock.instant());
		joined.forEach((index, id) -> answers[index] = Answer.of(open.get(id).asDuplicateFiling()));
		return Arrays.asList(answers);
	}

	/** Writes the filings that open a request; answers the rest, repeats of an open one. */
	private List<Routed> create(List<Routed> filings, Answer[] answers) {
		Map<String, Long> ids = batch.insert(filings.stream().map(Routed::filing).toList());
		List<IntakeBatch.RequestStep> steps = new ArrayList<>();
		List<Routed> repeats = new ArrayList<>();
		for (Routed routed : filings) {
			Long id = ids.get(routed.filing().token());
			if (id == null) {
				repeats.add(routed);
				continue;
			}
			routed.steps().forEach(step -> steps.add(new IntakeBatch.RequestStep(id, step)));
			if (routed.photo() != null) {
				batch.savePhoto(id, routed.photo());
			}
			routed.filing().emergency(id).ifPresent(events::publishEvent);
			answers[routed.index()] = Answer.of(routed.filing().asNew(id, routed.steps(), routed.photo() != null));
		}
		batch.addSteps(steps);
		return repeats;
	}

	/** Joins repeats to their household's open request; answers those whose request closed meanwhile. */
	private List<Routed> joinRepeats(List<Routed> repeats, Map<Integer, Long> joined) {
		if (repeats.isEmpty()) {
			return repeats;
		}
		Map<String, Long> to = batch.linkToOpen(repeats.stream()
			.map(r -> new IntakeBatch.Repeat(r.filing(), "via " + r.filing().channel() + ": " + said(r.filing())))
			.toList());
		List<Routed> unjoined = new ArrayList<>();
		for (Routed repeat : repeats) {
			Long id = to.get(repeat.filing().token());
			if (id == null) {
				unjoined.add(repeat);
			}
			else {
				joined.put(repeat.index(), id);
			}
		}
		return unjoined;
	}

	/** Each filing routed and ready to write; filings that cannot be get their refusal as answer. */
	private List<Routed> route(List<PendingFiling> pending, Answer[] answers) {
		List<ResidentLookup> lookups = pending.stream().map(PendingFiling::resident).filter(Objects::nonNull).toList();
		List<Optional<ResidentView>> found = lookups.isEmpty() ? List.of() : residents.byIds(lookups);
		List<Routed> routed = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < pending.size(); i++) {
			PendingFiling filing = pending.get(i);
			try {
				Routing routing = filing.routing() != null ? filing.routing() : routing(filing, found.get(next++));
				routed.add(new Routed(i, filing(filing, routing), steps(filing), filing.draft().photo()));
			}
			catch (RuntimeException refused) {
				answers[i] = Answer.refused(refused);
			}
		}
		return routed;
	}

	private Routing routing(PendingFiling filing, Optional<ResidentView> resident) {
		long id = filing.resident().residentId();
		ResidentView found = resident
			.orElseThrow(() -> new InvalidInputException("residentId", "resident " + id + " not found",
			"problem.requests.residentNotFound", String.valueOf(id)));
		return Routing.forResident(found, buildings.byCode(found.buildingCode()));
	}

	private Filing filing(PendingFiling pending, Routing routing) {
		RequestDraft draft = pending.draft();
		return Filing.of(pending, routing,
				levels.levelFor(draft.category(), draft.critical()).deadlinesFrom(pending.receivedAt()));
	}

	private static List<Step> steps(PendingFiling pending) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(pending.receivedAt(), pending.actor(), "FILED", "via " + pending.channel()));
		if (pending.draft().critical()) {
			steps.add(new Step(pending.receivedAt(), pending.actor(), "TRIAGED",
					"critical: told to dial 120 now; street medical task force alerted"));
		}
		return steps;
	}

	private static String said(Filing filing) {
		String description = filing.description();
		return description.length() > SAID_IN_TIMELINE ? description.substring(0, SAID_IN_TIMELINE) + "…" : description;
	}

	/** A filing routed and ready to write, with its place in the round. */
	private record Routed(int index, Filing filing, List<Step> steps, Photo photo) {
	}

	/** What a filing came to: its request (new, or the open one it joined), or why it was refused. */
	record Answer(RequestView view, RuntimeException refusal) {

		static Answer of(RequestView view) {
			return new Answer(view, null);
		}

		static Answer refused(RuntimeException refusal) {
			return new Answer(null, refusal);
		}

		RequestView orThrow() {
			if (refusal != null) {
				throw refusal;
			}
			return view;
		}
	}
}

package org.lifeline.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a request after it is filed: acknowledge, assign, resolve, and the resident's confirm or reopen.
 * Each call loads the request within the caller's scope, takes one guarded step and saves it against the version
 * it read, so of two people acting at once one wins and the other gets a 409.
 */
@Service
public class RequestWork {

	/** Who can be given a request's work. */
	static final Set<Role> WORKERS = EnumSet.of(Role.COMMITTEE_STAFF, Role.VOLUNTEER, Role.STREET_TASK_FORCE,
			Role.DISTRICT_COMMAND);

	private final RequestRepository requests;

	private final Users users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestWork(RequestRepository requests, Users users, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public RequestView acknowledge(long id, TerritoryScope scope, String actor) {
		return step(id, scope, r -> r.acknowledge(actor, clock.instant()));
	}

	/** Gives the work to a user within the caller's scope (or the caller). */
	@Transactional
	public RequestView assign(long id, String assignee, TerritoryScope scope, LifelineUser caller) {
		if (assignee == null || assignee.isBlank()) {
			throw new InvalidInputException("assignee", "assignee (a username) is required", "problem.requests.assigneeRequired");
		}
		LifelineUser worker = worker(assignee.trim().toLowerCase(), scope, caller);
		RequestView view = step(id, scope, r -> r.assign(worker.username(), caller.username(), clock.instant()));
		events.publishEvent(new RequestAssigned(id, view.category(), worker.id(), worker.username()));
		return view;
	}

	@Transactional
	public RequestView resolve(long id, String note, TerritoryScope scope, String actor) {
		return step(id, scope, r -> r.resolve(actor, note, clock.instant()));
	}

	/**
	 * Records a step of work another module does for the request (the trip it ordered, say) on its timeline; when
	 * that step answers the need, the request is resolved with the note and the resident asked to confirm. Runs
	 * for the system, not a user's scope: the module that did the work already checked who did it.
	 */
	@Transactional
	public void answeredElsewhere(long id, String action, String note, boolean answers, String actor) {
		if (note == null || note.isBlank() || note.length() > ServiceRequest.MAX_NOTE) {
			throw new IllegalArgumentException("a note of up to " + ServiceRequest.MAX_NOTE + " characters is required");
		}
		step(id, TerritoryScope.everything(), r -> r.answeredElsewhere(actor, action, note.trim(), answers,
				clock.instant()));
	}

	/** The resident (or staff on their word) confirms the work was done. */
	@Transactional
	public RequestView close(long id, TerritoryScope scope, String actor) {
		return step(id, scope, r -> r.close(actor, clock.instant()));
	}

	@Transactional
	public RequestView reopen(long id, String reason, TerritoryScope scope, String actor) {
		return step(id, scope, r -> {
			requests.otherOpen(id).ifPresent(other -> {
				throw new ConflictException("the household already has open request #" + other
						+ " of the same kind; add what is still missing there", "problem.requests.otherOpen",
						String.valueOf(other));
			});
			r.reopen(actor, reason, clock.instant());
		});
	}

	private RequestView step(long id, TerritoryScope scope, Consumer<ServiceRequest> action) {
		ServiceRequest request = requests.load(id, scope).orElseThrow(() -> new NotFoundException("request", id));
		action.accept(request);
		Instant now = clock.instant();
		if (!requests.save(request, now)) {
			throw new ConflictException("request " + id + " was changed by someone else just now; reload it and retry",
					"problem.requests.changedMeanwhile", String.valueOf(id));
		}
		return requests.view(id, scope, now).orElseThrow();
	}

	private LifelineUser worker(String username, TerritoryScope scope, LifelineUser caller) {
		if (username.equals(caller.username())) {
			return caller;
		}
		if (scope.level() == TerritoryScope.Level.BUILDING || scope.level() == TerritoryScope.Level.HOUSEHOLD) {
			throw new InvalidInputException("assignee", "you can take the work yourself but not give it to others",
					"problem.requests.assignOthers");
		}
		return users.within(scope)
			.stream()
			.filter(u -> u.username().equals(username) && WORKERS.contains(u.role()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("assignee",
					"no staff member or volunteer " + username + " within your area",
					"problem.requests.unknownWorker", username));
	}
}

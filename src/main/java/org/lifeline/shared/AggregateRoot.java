package org.lifeline.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;

/**
 * An aggregate that says what happened to it: each named step registers its event, and the use case that loaded
 * and saved the aggregate publishes them in the same transaction, so they are delivered after the commit and only
 * when the step was saved.
 */
public abstract class AggregateRoot {

	private final List<Object> events = new ArrayList<>();

	/** Registers an event (a past-tense record) to publish once the aggregate is saved. */
	protected final void register(Object event) {
		events.add(event);
	}

	/** The events registered and not yet published, oldest first. */
	public final List<Object> registeredEvents() {
		return List.copyOf(events);
	}

	/** Publishes the registered events, oldest first, and forgets them. Call after the aggregate was saved. */
	public final void publishEvents(ApplicationEventPublisher publisher) {
		List<Object> out = List.copyOf(events);
		events.clear();
		out.forEach(publisher::publishEvent);
	}
}

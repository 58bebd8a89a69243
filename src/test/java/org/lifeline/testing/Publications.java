package org.lifeline.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Modulith's event publication registry as scenario tests read it: whether the events of a type that mention a
 * value (a resident's id, say) have reached every listener, so a test waits for the whole of an event's effect and
 * not only for its first trace.
 */
public final class Publications {

	private Publications() {
	}

	/** Whether events of the type whose serialized form contains the fragment were published and all handled. */
	public static boolean handled(JdbcClient jdbc, Class<?> eventType, String fragment) {
		return jdbc.sql("""
				select count(*) > 0 and bool_and(completion_date is not null)
				from event_publication where event_type = ? and strpos(serialized_event, ?) > 0""")
			.params(eventType.getName(), fragment)
			.query(Boolean.class)
			.single();
	}
}

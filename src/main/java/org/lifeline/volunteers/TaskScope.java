package org.lifeline.volunteers;

import java.util.Set;

/** Whose task list is asked for: the volunteer's account and the buildings they serve. */
public record TaskScope(long userId, String displayName, Set<Long> buildingIds) {

	public TaskScope {
		buildingIds = Set.copyOf(buildingIds);
	}
}

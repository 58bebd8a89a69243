package org.lifeline.requests;

/** A request was assigned to a user (staff or volunteer). */
public record RequestAssigned(long requestId, RequestCategory category, long assigneeUserId, String assignee) {
}

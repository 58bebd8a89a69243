package org.lifeline.notifications;

import java.time.Instant;

/** One notification of a user: text, where to look, when it came and when it was read. */
public record Notification(long id, String text, String link, Instant createdAt, Instant readAt) {
}

package org.lifeline.notifications;

import java.time.Instant;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/**
 * One notification of a user: text, where to look, when it came and when it was read; an alert that asks its
 * reader to call someone carries the request and, once shown, the number to call (masked unless the reader's role
 * must call).
 */
public record Notification(long id, String text, String link, Instant createdAt, Instant readAt, Long callRequestId,
		@PersonalData(Kind.PHONE) String callPhone) {

	Notification withCallPhone(String phone) {
		return new Notification(id, text, link, createdAt, readAt, callRequestId, phone);
	}
}

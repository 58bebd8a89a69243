package org.lifeline.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.lifeline.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications to users as message keys and lets each user read them in their language and dismiss them. */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MessageSource messages;

	Notifications(JdbcClient jdbc, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
	}

	/** Sends the same message to every one of the users; each reads it in their own language. */
	@Transactional
	public void send(Collection<Long> userIds, Message message, String link) {
		send(userIds, message, link, null);
	}

	/** Sends an alert that asks its readers to call the person of the request (the number is shown with it). */
	@Transactional
	public void send(Collection<Long> userIds, Message message, String link, Long callRequestId) {
		Timestamp now = Timestamp.from(clock.instant());
		String english = clip(message.render(messages, Locale.ENGLISH));
		for (Long userId : userIds) {
			jdbc.sql("""
					insert into notification (user_id, text, message_key, message_args, link, created_at, call_request_id)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(userId, english, message.key(), message.args().toArray(String[]::new), link, now, callRequestId)
				.update();
		}
	}

	/** A user's notifications, newest first, in the reader's language; unread only when asked. */
	@Transactional(readOnly = true)
	public List<Notification> of(long userId, boolean unreadOnly, int limit) {
		Locale locale = LocaleContextHolder.getLocale();
		return jdbc.sql("select id, text, message_key, message_args, link, created_at, read_at, call_request_id from notification"
				+ " where user_id = ?" + (unreadOnly ? " and read_at is null" : "")
				+ " order by created_at desc, id desc limit ?")
			.params(userId, limit)
			.query((rs, n) -> new Notification(rs.getLong("id"), text(rs, locale), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant(),
					rs.getObject("call_request_id", Long.class), null))
			.list();
	}

	private String text(ResultSet rs, Locale locale) throws SQLException {
		String key = rs.getString("message_key");
		if (key == null) {
			return rs.getString("text");
		}
		Array args = rs.getArray("message_args");
		List<String> values = args == null ? List.of() : List.of((String[]) args.getArray());
		return clip(new Message(key, values).render(messages, locale));
	}

	private static String clip(String text) {
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	/** How many of a user's notifications are unread (the bell in the top bar). */
	@Transactional(readOnly = true)
	public long unreadCount(long userId) {
		return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void markRead(long userId, long notificationId) {
		int found = jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
			.params(Timestamp.from(clock.instant()), notificationId, userId)
			.update();
		if (found == 0) {
			throw new NotFoundException("notification", notificationId);
		}
	}

	@Transactional
	public int markAllRead(long userId) {
		return jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), userId)
			.update();
	}
}

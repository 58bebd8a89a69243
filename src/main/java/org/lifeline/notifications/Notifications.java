package org.lifeline.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.lifeline.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications to users and lets each user read and dismiss their own. */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Sends the same text to every one of the users. */
	@Transactional
	public void send(Collection<Long> userIds, String text, String link) {
		Timestamp now = Timestamp.from(clock.instant());
		for (Long userId : userIds) {
			jdbc.sql("insert into notification (user_id, text, link, created_at) values (?, ?, ?, ?)")
				.params(userId, text.length() > 500 ? text.substring(0, 500) : text, link, now)
				.update();
		}
	}

	/** A user's notifications, newest first; unread only when asked. */
	@Transactional(readOnly = true)
	public List<Notification> of(long userId, boolean unreadOnly, int limit) {
		return jdbc.sql("select id, text, link, created_at, read_at from notification where user_id = ?"
				+ (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id desc limit ?")
			.params(userId, limit)
			.query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.list();
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

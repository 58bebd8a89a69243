package org.lifeline.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins per client address, whichever usernames they tried: a client with more than
 * {@code lifeline.identity.sign-in.failures-per-address} failures in {@value LoginThrottle#LOCK_MINUTES} minutes
 * is refused further password sign-ins until the oldest of them ages out. This stops one client spraying a
 * password over many usernames, which the per-account lock alone does not. The count is in the database, so it
 * holds whichever node the attempts arrive at; API tokens are never refused by it.
 */
@Component
class SignInFailures {

	static final Duration WINDOW = Duration.ofMinutes(LoginThrottle.LOCK_MINUTES);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int limit;

	SignInFailures(JdbcClient jdbc, Clock clock, @Value("${lifeline.identity.sign-in.failures-per-address:20}") int limit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limit = limit;
	}

	int limit() {
		return limit;
	}

	void record(String address) {
		if (address == null) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("delete from sign_in_failure where at < ?").param(Timestamp.from(now.minus(WINDOW))).update();
		jdbc.sql("insert into sign_in_failure (remote_addr, at) values (?, ?)")
			.params(truncate(address), Timestamp.from(now))
			.update();
	}

	/** Whether this address has used up its failed sign-ins for now. */
	boolean blocked(String address) {
		return address != null && jdbc.sql("select count(*) from sign_in_failure where remote_addr = ? and at >= ?")
			.params(truncate(address), Timestamp.from(clock.instant().minus(WINDOW)))
			.query(Long.class)
			.single() >= limit;
	}

	private static String truncate(String address) {
		return address.length() <= 64 ? address : address.substring(0, 64);
	}
}

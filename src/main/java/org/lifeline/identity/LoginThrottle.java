package org.lifeline.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@value #LOCK_MINUTES} minutes after {@value #FAILURES} failed sign-ins in a row, whichever
 * node they arrive at (the count is in the database).
 */
@Component
class LoginThrottle {

	static final int FAILURES = 5;

	static final int LOCK_MINUTES = 15;

	private final UserRepository users;

	private final Clock clock;

	LoginThrottle(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase();
		users.recordFailure(username, FAILURES, clock.instant().plus(Duration.ofMinutes(LOCK_MINUTES)));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof LifelineUserDetails details && !details.failedBefore()) {
			return;
		}
		users.recordSuccess(event.getAuthentication().getName());
	}
}

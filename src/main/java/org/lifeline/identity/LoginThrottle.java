package org.lifeline.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Locks an account's password sign-in for {@value #LOCK_MINUTES} minutes after {@value #FAILURES} failed sign-ins
 * in a row, whichever node they arrive at (the count is in the database), and counts every failure against the
 * client address too ({@link SignInFailures}). The account's API tokens keep working while it is locked.
 */
@Component
class LoginThrottle {

	static final int FAILURES = 5;

	static final int LOCK_MINUTES = 15;

	private final UserRepository users;

	private final Clock clock;

	private final SignInFailures byAddress;

	LoginThrottle(UserRepository users, Clock clock, SignInFailures byAddress) {
		this.users = users;
		this.clock = clock;
		this.byAddress = byAddress;
	}

	/** Counts a failed password against the account and against the client address, whether the user exists or not. */
	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase();
			users.recordFailure(username, FAILURES, clock.instant().plus(Duration.ofMinutes(LOCK_MINUTES)));
		}
		byAddress.record(address(event));
	}

	private static String address(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof LifelineUserDetails details && !details.failedBefore()) {
			return;
		}
		users.recordSuccess(event.getAuthentication().getName());
	}
}

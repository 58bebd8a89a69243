package org.lifeline.identity;

import java.time.Instant;

/** A user with the state of the account: enabled or not, and locked until when after failed sign-ins. */
public record UserAccount(LifelineUser user, boolean enabled, Instant lockedUntil) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}

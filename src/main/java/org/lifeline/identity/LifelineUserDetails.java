package org.lifeline.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: the user, their password hash until sign-in completes, and account state. */
final class LifelineUserDetails implements UserDetails, CredentialsContainer {

	private final LifelineUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean failedBefore;

	LifelineUserDetails(UserRepository.StoredUser stored, Instant now) {
		this.user = stored.user();
		this.passwordHash = stored.passwordHash();
		this.enabled = stored.enabled();
		this.locked = stored.lockedUntil() != null && stored.lockedUntil().isAfter(now);
		this.failedBefore = stored.failedLogins() > 0;
	}

	/** Whether failed sign-ins were counted against the account before this one. */
	boolean failedBefore() {
		return failedBefore;
	}

	LifelineUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(user.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}

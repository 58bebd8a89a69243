package org.lifeline.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for sign-in by form and HTTP Basic. */
@Service
class LifelineUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final Clock clock;

	LifelineUserDetailsService(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findForSignIn(username == null ? "" : username.trim().toLowerCase())
			.map(stored -> new LifelineUserDetails(stored, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}
}

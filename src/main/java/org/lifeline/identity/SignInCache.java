package org.lifeline.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers the accounts that signed in during the last few seconds, so a machine client calling many times a
 * second (a lab, an Open311 app, a hotline system) does not cost a database read per call. Every change to an
 * account on this node forgets them all at once; a change made on another node is seen here within the
 * remembering time ({@code lifeline.identity.sign-in-cache}, 0 turns it off).
 */
@Component
class SignInCache {

	private static final int MAX_ACCOUNTS = 10_000;

	private final long rememberNanos;

	private final Map<String, Remembered> accounts = new ConcurrentHashMap<>();

	SignInCache(@Value("${lifeline.identity.sign-in-cache:3s}") Duration remember) {
		this.rememberNanos = remember.toNanos();
	}

	Optional<UserRepository.StoredUser> get(String username,
			Function<String, Optional<UserRepository.StoredUser>> load) {
		long now = System.nanoTime();
		Remembered remembered = accounts.get(username);
		if (remembered != null && now - remembered.since() < rememberNanos) {
			return Optional.of(remembered.user());
		}
		Optional<UserRepository.StoredUser> loaded = load.apply(username);
		if (rememberNanos > 0 && loaded.isPresent()) {
			if (accounts.size() >= MAX_ACCOUNTS) {
				accounts.clear();
			}
			accounts.put(username, new Remembered(loaded.get(), now));
		}
		return loaded;
	}

	void forgetAll() {
		accounts.clear();
	}

	private record Remembered(UserRepository.StoredUser user, long since) {
	}
}

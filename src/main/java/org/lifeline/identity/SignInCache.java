package org.lifeline.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers the accounts that signed in and the API tokens presented during the last few seconds, so a machine
 * client calling many times a second (a lab, an Open311 app, a hotline system) does not cost a database read per
 * call. Every change to an account or a token on this node forgets them all at once; a change made on another
 * node is seen here within the remembering time ({@code lifeline.identity.sign-in-cache}, 0 turns it off).
 */
@Component
class SignInCache {

	private static final int MAX_REMEMBERED = 10_000;

	private final long rememberNanos;

	private final Map<String, Remembered<UserRepository.StoredUser>> accounts = new ConcurrentHashMap<>();

	private final Map<String, Remembered<ApiTokens.Holder>> tokenOwners = new ConcurrentHashMap<>();

	SignInCache(@Value("${lifeline.identity.sign-in-cache:3s}") Duration remember) {
		this.rememberNanos = remember.toNanos();
	}

	/** The account with this username, loaded when not remembered. */
	Optional<UserRepository.StoredUser> get(String username,
			Function<String, Optional<UserRepository.StoredUser>> load) {
		return remembered(accounts, username, load);
	}

	/** The username owning the valid token with this hash, loaded when not remembered. */
	Optional<ApiTokens.Holder> tokenOwner(String tokenHash, Function<String, Optional<ApiTokens.Holder>> load) {
		return remembered(tokenOwners, tokenHash, load);
	}

	void forgetAll() {
		accounts.clear();
		tokenOwners.clear();
	}

	private <T> Optional<T> remembered(Map<String, Remembered<T>> memory, String key, Function<String, Optional<T>> load) {
		long now = System.nanoTime();
		Remembered<T> remembered = memory.get(key);
		if (remembered != null && now - remembered.since() < rememberNanos) {
			return Optional.of(remembered.value());
		}
		Optional<T> loaded = load.apply(key);
		if (rememberNanos > 0 && loaded.isPresent()) {
			if (memory.size() >= MAX_REMEMBERED) {
				memory.clear();
			}
			memory.put(key, new Remembered<>(loaded.get(), now));
		}
		return loaded;
	}

	private record Remembered<T>(T value, long since) {
	}
}

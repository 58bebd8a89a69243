package org.lifeline.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revocable API tokens for scripts and machine clients. Only a hash is stored; the token itself is shown once. A
 * token may be limited to scopes, may end, and is rotated with a grace period so clients switch without downtime.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final SignInCache signIns;

	ApiTokens(JdbcClient jdbc, SignInCache signIns) {
		this.jdbc = jdbc;
		this.signIns = signIns;
	}

	/** Issues a token for a user with everything the account may do, without an end. */
	public IssuedToken issue(LifelineUser user, String label) {
		return issue(user, label, Set.of(), null);
	}

	/**
	 * Issues a token for a user; the returned value is never stored. With scopes, the token reaches only their
	 * calls; with an end, it stops working then.
	 */
	@Transactional
	public IssuedToken issue(LifelineUser user, String label, Set<TokenScope> scopes, Instant expiresAt) {
		String name = label == null || label.isBlank() ? "api" : label.trim();
		if (name.length() > 100) {
			throw new InvalidInputException("label", "the label is longer than 100 characters",
					"problem.identity.labelTooLong");
		}
		for (TokenScope scope : scopes) {
			if (!scope.fits(user.role())) {
				throw new InvalidInputException("scopes", "a " + user.role() + " account cannot have a token of scope " + scope,
						"problem.identity.scopeNotForRole", user.role(), scope);
			}
		}
		if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
			throw new InvalidInputException("expiresAt", "the end of the token must lie in the future",
					"problem.identity.tokenEndPast");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "ll_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = jdbc.sql("""
				insert into api_token (user_id, token_hash, label, scopes, expires_at) values (?, ?, ?, ?, ?)
				returning id""")
			.params(user.id(), hash(token), name, scopes.stream().map(Enum::name).sorted().toArray(String[]::new),
					expiresAt == null ? null : Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		return new IssuedToken(id, token, name, sorted(scopes), expiresAt);
	}

	/**
	 * Rotates a token without downtime: a new token with the same label, scopes and lifetime, while the old one
	 * keeps working for the grace period (or until its own end, if sooner) so clients can switch over.
	 */
	@Transactional
	public IssuedToken rotate(long tokenId, LifelineUser owner, Duration grace) {
		if (grace.isNegative() || grace.compareTo(Duration.ofDays(7)) > 0) {
			throw new InvalidInputException("graceMinutes", "the grace period is between 0 minutes and 7 days",
					"problem.identity.graceRange");
		}
		Current current = jdbc.sql("""
				select label, scopes, extract(epoch from expires_at - created_at) * 1000 as lifetime_ms from api_token
				where id = ? and user_id = ? and revoked_at is null and (expires_at is null or expires_at > now())
				for update""")
			.params(tokenId, owner.id())
			.query((rs, n) -> new Current(rs.getString(1), scopes((String[]) rs.getArray(2).getArray()),
					rs.getObject(3) == null ? null : Duration.ofMillis(rs.getLong(3))))
			.optional()
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		IssuedToken next = issue(owner, current.label(), current.scopes(),
				current.lifetime() == null ? null : Instant.now().plus(current.lifetime()));
		jdbc.sql("""
				update api_token set replaced_by = ?,
				    expires_at = least(coalesce(expires_at, 'infinity'), now() + ? * interval '1 second')
				where id = ?""")
			.params(next.id(), grace.toSeconds(), tokenId)
			.update();
		signIns.forgetAll();
		return next;
	}

	private record Current(String label, Set<TokenScope> scopes, Duration lifetime) {
	}

	@Transactional
	public void revoke(long tokenId, LifelineUser owner) {
		int changed = jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, owner.id())
			.update();
		if (changed == 0) {
			throw new NotFoundException("token", tokenId);
		}
		signIns.forgetAll();
	}

	/** Revokes every token of a user (part of signing out everywhere). */
	@Transactional
	public void revokeAll(LifelineUser owner) {
		jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null").param(owner.id()).update();
		signIns.forgetAll();
	}

	public List<TokenInfo> list(LifelineUser owner) {
		return jdbc.sql("""
				select id, label, created_at, last_used_at, scopes, expires_at from api_token
				where user_id = ? and revoked_at is null and (expires_at is null or expires_at > now()) order by id""")
			.param(owner.id())
			.query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
					sorted(scopes((String[]) rs.getArray(5).getArray())),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * The username a valid, unrevoked, unexpired token belongs to, and its scopes. A token presented again within seconds is answered from
	 * the {@link SignInCache}, and its last use is written at most once a minute, so a client calling many times a
	 * second costs neither a read nor a durable write per call.
	 */
	Optional<Holder> holderOf(String token) {
		if (token == null || !token.startsWith("ll_") || token.length() > 100) {
			return Optional.empty();
		}
		return signIns.tokenOwner(hash(token), this::ownerOf);
	}

	private Optional<Holder> ownerOf(String hash) {
		Optional<UsedToken> used = jdbc.sql("""
				select u.username, t.last_used_at < now() - interval '1 minute' or t.last_used_at is null as stale,
				    t.scopes
				from api_token t join app_user u on u.id = t.user_id
				where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
				    and u.enabled""")
			.param(hash)
			.query((rs, n) -> new UsedToken(new Holder(rs.getString(1), scopes((String[]) rs.getArray(3).getArray())),
					rs.getBoolean(2)))
			.optional();
		used.filter(UsedToken::stale)
			.ifPresent(u -> jdbc.sql("update api_token set last_used_at = now() where token_hash = ?").param(hash).update());
		return used.map(UsedToken::holder);
	}

	private record UsedToken(Holder holder, boolean stale) {
	}

	/** Who a token signs in, and the scopes it is limited to (none: everything the account may do). */
	record Holder(String username, Set<TokenScope> scopes) {

		boolean permits(HttpServletRequest request) {
			return scopes.isEmpty() || scopes.stream().anyMatch(s -> s.permits(request));
		}
	}

	private static Set<TokenScope> scopes(String[] names) {
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		for (String name : names) {
			scopes.add(TokenScope.valueOf(name));
		}
		return scopes;
	}

	private static List<String> sorted(Set<TokenScope> scopes) {
		return scopes.stream().map(Enum::name).sorted().toList();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public record IssuedToken(long id, String token, String label, List<String> scopes, Instant expiresAt) {
	}

	public record TokenInfo(long id, String label, Instant createdAt, Instant lastUsedAt, List<String> scopes,
			Instant expiresAt) {
	}
}

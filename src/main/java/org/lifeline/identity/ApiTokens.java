package org.lifeline.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revocable API tokens for scripts and machine clients. Only a hash is stored; the token itself is shown once.
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

	/** Issues a token for a user; the returned value is never stored. */
	@Transactional
	public IssuedToken issue(LifelineUser user, String label) {
		String name = label == null || label.isBlank() ? "api" : label.trim();
		if (name.length() > 100) {
			throw new InvalidInputException("label", "the label is longer than 100 characters");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "ll_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = jdbc.sql("insert into api_token (user_id, token_hash, label) values (?, ?, ?) returning id")
			.params(user.id(), hash(token), name)
			.query(Long.class)
			.single();
		return new IssuedToken(id, token, name);
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
		return jdbc.sql("select id, label, created_at, last_used_at from api_token where user_id = ? and revoked_at is null order by id")
			.param(owner.id())
			.query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * The username a valid, unrevoked token belongs to. A token presented again within seconds is answered from
	 * the {@link SignInCache}, and its last use is written at most once a minute, so a client calling many times a
	 * second costs neither a read nor a durable write per call.
	 */
	Optional<String> usernameFor(String token) {
		if (token == null || !token.startsWith("ll_") || token.length() > 100) {
			return Optional.empty();
		}
		return signIns.tokenOwner(hash(token), this::ownerOf);
	}

	private Optional<String> ownerOf(String hash) {
		Optional<UsedToken> used = jdbc.sql("""
				select u.username, t.last_used_at < now() - interval '1 minute' or t.last_used_at is null as stale
				from api_token t join app_user u on u.id = t.user_id
				where t.token_hash = ? and t.revoked_at is null and u.enabled""")
			.param(hash)
			.query((rs, n) -> new UsedToken(rs.getString(1), rs.getBoolean(2)))
			.optional();
		used.filter(UsedToken::stale)
			.ifPresent(u -> jdbc.sql("update api_token set last_used_at = now() where token_hash = ?").param(hash).update());
		return used.map(UsedToken::username);
	}

	private record UsedToken(String username, boolean stale) {
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public record IssuedToken(long id, String token, String label) {
	}

	public record TokenInfo(long id, String label, java.time.Instant createdAt, java.time.Instant lastUsedAt) {
	}
}

package org.lifeline.screening.codes;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key sampling codes are signed with: {@code lifeline.screening.code-key} when configured (production: the
 * same secret on every node), otherwise a random key made once and kept in screening_code_key so that every node of
 * a cluster, and every restart, agrees on it. Read on first use, then held in memory.
 */
@Component
class CodeKey {

	private static final Logger log = LoggerFactory.getLogger(CodeKey.class);

	private final String configured;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile CodeSigner signer;

	CodeKey(@Value("${lifeline.screening.code-key:}") String configured, JdbcClient jdbc, Clock clock) {
		this.configured = configured;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	CodeSigner signer() {
		CodeSigner current = signer;
		if (current == null) {
			synchronized (this) {
				if (signer == null) {
					signer = new CodeSigner(configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8));
				}
				current = signer;
			}
		}
		return current;
	}

	private byte[] stored() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		int made = jdbc.sql("insert into screening_code_key (id, secret, created_at) values (1, ?, ?) on conflict (id) do nothing")
			.params(secret, Timestamp.from(clock.instant()))
			.update();
		if (made == 1) {
			log.warn("No lifeline.screening.code-key configured: sampling codes are signed with a generated key kept "
					+ "in the database (fine for demo and test; configure one in production)");
		}
		return jdbc.sql("select secret from screening_code_key where id = 1").query(byte[].class).single();
	}
}

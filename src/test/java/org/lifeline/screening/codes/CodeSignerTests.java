package org.lifeline.screening.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Sampling codes: what is signed verifies, anything altered, re-keyed, malformed or expired does not. */
class CodeSignerTests {

	private static final Instant NOW = Instant.parse("2022-04-04T00:00:00Z");

	private final CodeSigner signer = new CodeSigner("a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8));

	@Test
	void aSignedCodeNamesItsResidentUntilItExpires() {
		String code = signer.sign(4_200_123_456L, NOW.plus(Duration.ofDays(7)));
		assertThat(code).startsWith(CodeSigner.PREFIX).hasSize(33);
		CodeSigner.Verified verified = signer.verify(code, NOW);
		assertThat(verified.valid()).isTrue();
		assertThat(verified.residentId()).isEqualTo(4_200_123_456L);
		assertThat(verified.validUntil()).isEqualTo(NOW.plus(Duration.ofDays(7)));
		assertThat(signer.verify(code, NOW.plus(Duration.ofDays(7))).refusal()).startsWith("expired");
	}

	@Test
	void everyAlteredCharacterIsRefused() {
		String code = signer.sign(42, NOW.plus(Duration.ofDays(1)));
		for (int i = CodeSigner.PREFIX.length(); i < code.length(); i++) {
			char changed = code.charAt(i) == 'A' ? 'B' : 'A';
			String altered = code.substring(0, i) + changed + code.substring(i + 1);
			assertThat(signer.verify(altered, NOW).valid()).as("changed at %d: %s", i, altered).isFalse();
		}
	}

	@Test
	void anotherKeyMalformedTextAndStrangersAreRefused() {
		String code = signer.sign(42, NOW.plus(Duration.ofDays(1)));
		CodeSigner other = new CodeSigner("another key, also thirty-two b!!".getBytes(StandardCharsets.UTF_8));
		assertThat(other.verify(code, NOW).refusal()).contains("forged");
		assertThat(signer.verify(null, NOW).refusal()).contains("not a sampling code");
		assertThat(signer.verify("310101195003150023", NOW).refusal()).contains("not a sampling code");
		assertThat(signer.verify(code.substring(0, 32) + "*", NOW).refusal()).contains("not a sampling code");
	}
}

package org.lifeline.screening.codes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies sampling codes. A code is {@value #PREFIX} followed by URL-safe Base64 of the resident id (8
 * bytes), the end of validity in epoch seconds (4 bytes) and the first {@value #MAC_BYTES} bytes of an HMAC-SHA256
 * over both: 33 characters, small enough for a QR code a phone camera reads at arm's length from a printed sheet.
 * Verifying costs one HMAC, no lookup.
 */
public final class CodeSigner {

	public static final String PREFIX = "LS1";

	static final int MAC_BYTES = 10;

	private static final int BODY_BYTES = 12;

	private static final int CODE_LENGTH = PREFIX.length() + 30;

	private static final byte[] CONTEXT = "lifeline sampling code v1".getBytes(StandardCharsets.US_ASCII);

	private final Mac prototype;

	public CodeSigner(byte[] key) {
		if (key.length < 16) {
			throw new IllegalArgumentException("a sampling-code key needs at least 16 bytes");
		}
		try {
			prototype = Mac.getInstance("HmacSHA256");
			prototype.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	public String sign(long residentId, Instant validUntil) {
		ByteBuffer bytes = ByteBuffer.allocate(BODY_BYTES + MAC_BYTES);
		bytes.putLong(residentId).putInt((int) validUntil.getEpochSecond());
		bytes.put(mac(bytes.array()), 0, MAC_BYTES);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
	}

	/** What a code says, or why it is refused. */
	public Verified verify(String code, Instant now) {
		if (code == null || code.length() != CODE_LENGTH || !code.startsWith(PREFIX)) {
			return Verified.refused("is not a sampling code", "problem.screening.code.notACode", null);
		}
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(code.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException e) {
			return Verified.refused("is not a sampling code", "problem.screening.code.notACode", null);
		}
		if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(code.substring(PREFIX.length()))) {
			return Verified.refused("is not a sampling code", "problem.screening.code.notACode", null);
		}
		byte[] expected = mac(bytes);
		byte[] given = new byte[MAC_BYTES];
		System.arraycopy(bytes, BODY_BYTES, given, 0, MAC_BYTES);
		byte[] wanted = new byte[MAC_BYTES];
		System.arraycopy(expected, 0, wanted, 0, MAC_BYTES);
		if (!MessageDigest.isEqual(given, wanted)) {
			return Verified.refused("is forged: its signature does not match", "problem.screening.code.forged", null);
		}
		ByteBuffer body = ByteBuffer.wrap(bytes);
		long residentId = body.getLong();
		Instant validUntil = Instant.ofEpochSecond(Integer.toUnsignedLong(body.getInt()));
		if (!now.isBefore(validUntil)) {
			return Verified.refused("expired at " + validUntil, "problem.screening.code.expired", String.valueOf(validUntil));
		}
		return new Verified(residentId, validUntil, null, null, null);
	}

	private byte[] mac(byte[] bytes) {
		Mac mac = copy();
		mac.update(CONTEXT);
		mac.update(bytes, 0, BODY_BYTES);
		return mac.doFinal();
	}

	private Mac copy() {
		try {
			return (Mac) prototype.clone();
		}
		catch (CloneNotSupportedException e) {
			throw new IllegalStateException("HmacSHA256 cannot be copied", e);
		}
	}

	/**
	 * A verified code (resident and validity), or the reason it was refused: in English, and as the message key
	 * (with the one value it names, if any) that says it in the reader's language.
	 */
	public record Verified(long residentId, Instant validUntil, String refusal, String refusalKey,
			String refusalArgument) {

		static Verified refused(String reason, String key, String argument) {
			return new Verified(0, null, reason, key, argument);
		}

		public boolean valid() {
			return refusal == null;
		}
	}
}

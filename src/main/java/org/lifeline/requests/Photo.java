package org.lifeline.requests;

import java.util.Base64;

import org.lifeline.shared.InvalidInputException;

/** A photo sent with a request: JPEG or PNG, recognised by its first bytes, at most {@value #MAX_BYTES} bytes. */
public record Photo(String contentType, byte[] bytes) {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Checks the bytes and names their type; the declared type of an upload is not trusted. */
	public static Photo of(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("photo", "the photo is empty", "problem.requests.photoEmpty");
		}
		if (bytes.length > MAX_BYTES) {
			throw tooLarge();
		}
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return new Photo("image/jpeg", bytes);
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
				&& bytes[4] == 0x0d && bytes[5] == 0x0a && bytes[6] == 0x1a && bytes[7] == 0x0a) {
			return new Photo("image/png", bytes);
		}
		throw new InvalidInputException("photo", "the photo must be a JPEG or PNG image", "problem.requests.photoType");
	}

	/** Reads a photo sent as base64 text in JSON. */
	public static Photo ofBase64(String text) {
		if (text.length() > MAX_BYTES / 3 * 4 + 8) {
			throw tooLarge();
		}
		try {
			return of(Base64.getMimeDecoder().decode(text));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("photo", "the photo is not valid base64", "problem.requests.photoBase64");
		}
	}

	/** The refusal of a photo over {@value #MAX_BYTES} bytes. */
	static InvalidInputException tooLarge() {
		return new InvalidInputException("photo", "the photo is larger than 5 MB", "problem.requests.photoTooLarge");
	}
}

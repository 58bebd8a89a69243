package org.lifeline.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file a page or the API hands over for download: its name (UTF-8, so Chinese names survive) in
 * {@code Content-Disposition: attachment} and its media type.
 */
public final class Attachment {

	private Attachment() {
	}

	/** The answer that makes the browser save {@code body} as {@code filename}. */
	public static <T> ResponseEntity<T> of(String filename, String mediaType, T body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(body);
	}
}

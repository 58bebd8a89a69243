package org.lifeline.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors under {@code /open311} as GeoReport v2 gives them: a list of {@code code} and {@code description}, in XML
 * when the path ends in {@code .xml}, otherwise in JSON. Used by the Open311 endpoints, by the security refusals
 * and for the failures Spring raises before any endpoint runs (unknown path, wrong method, wrong body type).
 */
public final class GeoReportErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeoReportErrors() {
	}

	/** Whether a path is answered in the GeoReport format. */
	public static boolean covers(String path) {
		return path != null && (path.equals("/open311") || path.startsWith("/open311/"));
	}

	/** Whether the path asks for XML (it ends in {@code .xml}). */
	public static boolean wantsXml(String path) {
		return path != null && path.toLowerCase().endsWith(".xml");
	}

	public static MediaType mediaType(String path) {
		return new MediaType(wantsXml(path) ? MediaType.TEXT_XML : MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);
	}

	/** The body of an error list with one error. */
	public static String body(String path, int code, String description) {
		String text = ProblemText.clean(description == null ? "" : description);
		if (wantsXml(path)) {
			return "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>" + code + "</code><description>"
					+ HtmlUtils.htmlEscape(text, "UTF-8") + "</description></error></errors>";
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("description", text);
		return JSON.writeValueAsString(List.of(error));
	}

	public static ResponseEntity<String> answer(String path, HttpStatusCode status, String description) {
		return ResponseEntity.status(status).contentType(mediaType(path)).body(body(path, status.value(), description));
	}
}

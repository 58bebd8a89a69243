package org.lifeline.shared.web;

import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What was wrong with a JSON body, in words a caller can act on, and which field it was. */
record JsonProblem(String field, String message) {

	static JsonProblem of(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new JsonProblem(unknown.getPropertyName(), "unknown field '" + unknown.getPropertyName() + "'");
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return new JsonProblem(field, "field '" + field + "' has an invalid value: " + jackson.getOriginalMessage());
		}
		if (cause instanceof JacksonException jackson) {
			return new JsonProblem(null, "the request body is not valid JSON: " + jackson.getOriginalMessage());
		}
		return new JsonProblem(null, "the request body is missing or unreadable");
	}
}

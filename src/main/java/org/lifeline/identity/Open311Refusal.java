package org.lifeline.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lifeline.shared.web.GeoReportErrors;
import org.lifeline.shared.web.ProblemWords;

/**
 * Refuses an Open311 call without a key, or with an unknown or revoked one, with 403 in the GeoReport v2 error
 * format (JSON or XML by extension). A method Open311 does not have (PUT, DELETE…) is a 405, not a refusal. The
 * description follows the caller's language (English when it states none).
 */
final class Open311Refusal {

	static final String KEY_REQUIRED = "api_key is required to file a request";

	private final ProblemWords words;

	Open311Refusal(ProblemWords words) {
		this.words = words;
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, String description) throws IOException {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"POST".equals(method)) {
			write(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, words.say("problem.open311.method",
					method + " is not supported; use GET or POST", method));
			response.setHeader("Allow", "GET, POST");
			return;
		}
		write(request, response, HttpServletResponse.SC_FORBIDDEN, TokenAuthenticationFilter.say(words, description));
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, int status, String description)
			throws IOException {
		String path = request.getRequestURI();
		response.setStatus(status);
		response.setContentType(GeoReportErrors.mediaType(path).toString());
		response.getWriter().write(GeoReportErrors.body(path, status, description));
	}
}

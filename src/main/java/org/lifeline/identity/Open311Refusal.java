package org.lifeline.identity;

import java.io.IOException;
import java.util.Map;

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

	/** The message keys of the refusals the sign-in filters give in English. */
	private static final Map<String, String> KEYS = Map.of(KEY_REQUIRED, "problem.open311.keyRequired",
			TokenAuthenticationFilter.UNKNOWN, "problem.token.unknown", TokenAuthenticationFilter.DISABLED,
			"problem.token.disabled");

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
		String key = KEYS.get(description);
		write(request, response, HttpServletResponse.SC_FORBIDDEN,
				key == null ? description : words.say(key, description));
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, int status, String description)
			throws IOException {
		String path = request.getRequestURI();
		response.setStatus(status);
		response.setContentType(GeoReportErrors.mediaType(path).toString());
		response.getWriter().write(GeoReportErrors.body(path, status, description));
	}
}

package org.lifeline.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lifeline.shared.web.ProblemWords;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated API call with 401 problem+json (and a Basic challenge), and a refused one with 403;
 * the detail follows the caller's language (English when it states none), the title stays.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String SIGN_IN = "sign in with HTTP Basic or an API token (Authorization: Bearer …)";

	private final ProblemWords words;

	ApiAuthenticationEntryPoint(ProblemWords words) {
		this.words = words;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		unauthorized(response, SIGN_IN);
	}

	/** 401 for the reason given (one of the sign-in filters' English reasons). */
	void unauthorized(HttpServletResponse response, String reason) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Basic realm=\"lifeline\", Bearer");
		write(response, "Unauthorized", 401, TokenAuthenticationFilter.say(words, reason));
	}

	void forbidden(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		write(response, "Forbidden", 403, words.say("problem.forbidden", "your role may not do this"));
	}

	private static void write(HttpServletResponse response, String title, int status, String detail) throws IOException {
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}
}

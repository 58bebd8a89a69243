package org.lifeline.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses an Open311 call without a key, or with an unknown or revoked one, with 403 in the GeoReport v2 error format (JSON or XML by extension). */
final class Open311Refusal {

	static final String KEY_REQUIRED = "api_key is required to file a request";

	private Open311Refusal() {
	}

	static void forbidden(HttpServletRequest request, HttpServletResponse response, String description)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().endsWith(".xml")) {
			response.setContentType("text/xml");
			response.getWriter()
				.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>403</code><description>" + description
						+ "</description></error></errors>");
		}
		else {
			response.setContentType("application/json");
			response.getWriter().write("[{\"code\":403,\"description\":\"" + description + "\"}]");
		}
	}
}

package org.lifeline.requests;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.shared.web.WriteAdmission;

/**
 * Lets at most N filings work at once on this node and answers the rest at once with 503 and Retry-After, so
 * under a surge callers hear busy, retry in a millisecond instead of waiting for a timeout, and the filings
 * that are accepted still finish fast. It runs before sign-in, which costs database work too.
 */
class IntakeAdmission extends WriteAdmission {

	IntakeAdmission(int concurrent) {
		super(concurrent, "too many requests are being filed right now; retry in a second");
	}

	@Override
	protected boolean admits(HttpServletRequest request) {
		String path = request.getRequestURI();
		return "POST".equals(request.getMethod())
				&& (path.equals("/api/v1/requests") || path.startsWith("/open311/v2/requests."));
	}
}

package org.lifeline.requests;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most N filings work at once on this node and answers the rest at once with 503 and Retry-After, so
 * under a surge callers hear busy, retry in a millisecond instead of waiting for a timeout, and the filings
 * that are accepted still finish fast. It runs before sign-in, which costs database work too.
 */
class IntakeAdmission extends OncePerRequestFilter {

	static final String BUSY = "{\"type\":\"about:blank\",\"title\":\"Busy\",\"status\":503,"
			+ "\"detail\":\"too many requests are being filed right now; retry in a second\"}";

	private final Semaphore permits;

	IntakeAdmission(int concurrent) {
		this.permits = new Semaphore(concurrent);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod())
				|| !(path.equals("/api/v1/requests") || path.startsWith("/open311/v2/requests."));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!permits.tryAcquire()) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "1");
			response.setContentType("application/problem+json");
			response.getWriter().write(BUSY);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.release();
		}
	}

	int available() {
		return permits.availablePermits();
	}
}

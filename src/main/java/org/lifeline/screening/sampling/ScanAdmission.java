package org.lifeline.screening.sampling;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most N tube scans work at once on this node and answers the rest at once with 503 and Retry-After,
 * before sign-in and before the body is read, so a surge of samplers hears busy, retry in a millisecond while the
 * scans already admitted still commit fast. The sampler's page keeps a refused tube queued and sends it again.
 */
class ScanAdmission extends OncePerRequestFilter {

	static final String BUSY = "{\"type\":\"about:blank\",\"title\":\"Busy\",\"status\":503,"
			+ "\"detail\":\"too many tubes are being stored right now; the tube is not stored yet, send it again\"}";

	private static final Pattern TUBES = Pattern.compile("(/api/v1/screening|/screening/sample)/rounds/[^/]+/tubes");

	private final Semaphore permits;

	ScanAdmission(int concurrent) {
		this.permits = new Semaphore(concurrent);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !TUBES.matcher(request.getRequestURI()).matches();
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

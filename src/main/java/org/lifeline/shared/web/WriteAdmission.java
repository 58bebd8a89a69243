package org.lifeline.shared.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most N writes of one hot path work at once on this node and answers the rest at once with 503 and
 * Retry-After, before sign-in and before the body is read: under a surge callers hear busy, retry in a
 * millisecond instead of waiting for a timeout, and the writes already admitted still commit fast. Each hot path
 * says which requests it admits and what a refused caller is told.
 */
public abstract class WriteAdmission extends OncePerRequestFilter {

	private final Semaphore permits;

	private final String busy;

	protected WriteAdmission(int concurrent, String busyDetail) {
		this.permits = new Semaphore(concurrent);
		this.busy = "{\"type\":\"about:blank\",\"title\":\"Busy\",\"status\":503,\"detail\":\"" + busyDetail + "\"}";
	}

	/** Whether the request is a write of this path (the rest pass unchecked). */
	protected abstract boolean admits(HttpServletRequest request);

	@Override
	protected final boolean shouldNotFilter(HttpServletRequest request) {
		return !admits(request);
	}

	@Override
	protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!permits.tryAcquire()) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "1");
			response.setContentType("application/problem+json");
			response.getWriter().write(busy);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.release();
		}
	}

	/** The writes that may still start now. */
	public int available() {
		return permits.availablePermits();
	}
}

package org.lifeline.database;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lifeline.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: while the watch finds no writable database, callers are answered 503
 * problem+json with Retry-After at once, before sessions or sign-in touch the database, instead of waiting for a
 * connection that will not come. A database failure that escapes the rest of the chain (a session that cannot be
 * saved) is answered the same way. Health and static files pass, so a load balancer still hears why.
 */
final class DatabaseGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);

	static final String UNAVAILABLE = "{\"type\":\"about:blank\",\"title\":\"Database unavailable\",\"status\":503,"
			+ "\"detail\":\"the database cannot be reached just now; nothing of this call was saved, retry shortly\"}";

	private final DatabaseWatch watch;

	DatabaseGuard(DatabaseWatch watch) {
		this.watch = watch;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/health") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!watch.state().writable()) {
			unavailable(response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			if (!DatabaseOutage.is(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("Database unavailable while answering {}: {}", request.getRequestURI(), e.toString());
			response.reset();
			unavailable(response);
		}
	}

	private static void unavailable(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "2");
		response.setContentType("application/problem+json");
		response.getWriter().write(UNAVAILABLE);
	}
}

package org.lifeline.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses password sign-ins (HTTP Basic on the API, the sign-in form on the pages) from a client address that
 * failed too often, before any password is checked. The answer does not depend on the username tried, so it
 * tells nothing about which accounts exist. Calls with an API token pass untouched.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInFailures failures;

	private final boolean api;

	SignInThrottleFilter(SignInFailures failures, boolean api) {
		this.failures = failures;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signsInWithPassword(request) && failures.blocked(request.getRemoteAddr())) {
			if (api) {
				response.setStatus(429);
				response.setHeader("Retry-After", String.valueOf(SignInFailures.WINDOW.toSeconds()));
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Too many failed sign-ins\",\"status\":429,"
							+ "\"detail\":\"too many failed sign-ins from this address: wait "
							+ LoginThrottle.LOCK_MINUTES + " minutes or use an API token\"}");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?error");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean signsInWithPassword(HttpServletRequest request) {
		if (api) {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		}
		return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
	}
}

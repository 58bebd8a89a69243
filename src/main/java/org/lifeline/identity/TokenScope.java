package org.lifeline.identity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a machine client's token may call. A token with scopes reaches only the calls its scopes list (and who it
 * is, {@code /api/v1/me}); what the account itself may see still applies on top, so a lab sees its own uploads
 * and a supplier only its own group buys.
 */
enum TokenScope {

	/** A lab's machine client: post results (JSON or a file) and read its own uploads. */
	LAB_RESULTS(Set.of(Role.LAB), List.of(
			call("POST", "/api/v1/screening/results"),
			call("GET", "/api/v1/screening/results/uploads"))),

	/** A supplier's integration: its group buys and their orders, confirming and delivering them. */
	SUPPLIER_ORDERS(Set.of(Role.SUPPLIER), List.of(
			call("GET", "/api/v1/group-buys"),
			call("GET", "/api/v1/group-buys/[^/]+"),
			call("GET", "/api/v1/group-buys/[^/]+/orders"),
			call("POST", "/api/v1/group-buys/[^/]+/(confirm|deliver)")));

	private static final Call WHO_AM_I = call("GET", "/api/v1/me");

	private final Set<Role> roles;

	private final List<Call> calls;

	TokenScope(Set<Role> roles, List<Call> calls) {
		this.roles = roles;
		this.calls = calls;
	}

	/** Whether an account of this role may have a token of this scope. */
	boolean fits(Role role) {
		return roles.contains(role);
	}

	boolean permits(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return WHO_AM_I.matches(request.getMethod(), path)
				|| calls.stream().anyMatch(c -> c.matches(request.getMethod(), path));
	}

	private static Call call(String method, String path) {
		return new Call(method, Pattern.compile(path));
	}

	private record Call(String method, Pattern path) {

		boolean matches(String requestMethod, String requestPath) {
			return method.equals(requestMethod) && path.matcher(requestPath).matches();
		}
	}
}

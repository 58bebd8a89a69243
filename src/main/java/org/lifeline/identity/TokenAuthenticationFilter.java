package org.lifeline.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lifeline.shared.web.ProblemWords;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API callers that present a token as {@code Authorization: Bearer …} or, for Open311 clients, as the
 * {@code api_key} parameter. A missing token leaves the request to the other mechanisms; a bad one is refused.
 * A token does not depend on the password lock: failed passwords, which anyone can send, must not take a machine
 * client offline. Only disabling the account or revoking the token stops it.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	/** Keeps the sign-in for the rest of this request, so a download streamed after the first dispatch still has it. */
	private static final RequestAttributeSecurityContextRepository SIGNED_IN = new RequestAttributeSecurityContextRepository();

	private final ApiTokens tokens;

	private final LifelineUserDetailsService users;

	static final String UNKNOWN = "the API token is unknown or revoked, or it has expired";

	static final String DISABLED = "the account of this token is disabled";

	/** The message keys of the refusals of signing in, by their English words. */
	private static final Map<String, String> KEYS = Map.of(UNKNOWN, "problem.token.unknown", DISABLED,
			"problem.token.disabled", Open311Refusal.KEY_REQUIRED, "problem.open311.keyRequired",
			ApiAuthenticationEntryPoint.SIGN_IN, "problem.signIn");

	private final Refusal refusal;

	TokenAuthenticationFilter(ApiTokens tokens, LifelineUserDetailsService users, Refusal refusal) {
		this.tokens = tokens;
		this.users = users;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = token(request);
		if (token != null) {
			var holder = tokens.holderOf(token);
			if (holder.isEmpty()) {
				refusal.refuse(request, response, UNKNOWN);
				return;
			}
			if (!holder.get().permits(request)) {
				outOfScope(response, holder.get());
				return;
			}
			UserDetails user = users.loadUserByUsername(holder.get().username());
			if (!user.isEnabled()) {
				refusal.refuse(request, response, DISABLED);
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			SIGNED_IN.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}

	/** A call the token's scopes do not reach: 403 problem+json naming the scopes, before anything is read. */
	private static void outOfScope(HttpServletResponse response, ApiTokens.Holder holder) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("application/problem+json");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
				+ "\"detail\":\"this API token is limited to " + holder.scopes().stream().map(Enum::name).sorted().toList()
				+ " and does not reach this call\",\"field\":\"scopes\"}");
	}

	/** The token; the {@code api_key} parameter is read only on Open311, so no other upload is parsed here. */
	private static String token(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return header.substring(7).trim();
		}
		if (!request.getRequestURI().startsWith("/open311/")) {
			return null;
		}
		String apiKey = request.getParameter("api_key");
		return apiKey == null ? null : apiKey.trim();
	}

	/** A refusal of signing in, in the caller's language when it is one of the known ones. */
	static String say(ProblemWords words, String reason) {
		String key = KEYS.get(reason);
		return key == null ? reason : words.say(key, reason);
	}

	/** How a bad token is answered: 401 problem+json on the API, 403 in the GeoReport v2 format on Open311. */
	@FunctionalInterface
	interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException;
	}
}

package org.lifeline.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lifeline.shared.web.ProblemWords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three ways in. Open311 clients present an {@code api_key}. The JSON API ({@code /api/**}) is stateless: HTTP
 * Basic or an API token on every call, no cookies, so no CSRF exposure, and 401 problem+json when neither is given. The pages use form sign-in with the session
 * in PostgreSQL, CSRF tokens on every form and strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:%s; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/**
	 * The page policy: images from the server itself only, and from the zone map's tile server when one is
	 * configured ({@code lifeline.map.tile-url}; a {s} subdomain placeholder allows any subdomain).
	 */
	private static final Pattern TILE_ORIGIN = Pattern.compile("^(https?://[^/]+)");

	static String contentSecurityPolicy(String tileUrl) {
		Matcher origin = TILE_ORIGIN.matcher(tileUrl == null ? "" : tileUrl.trim());
		return CONTENT_SECURITY_POLICY.formatted(origin.find() ? " " + origin.group(1).replace("{s}", "*") : "");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation of each security filter, sign-in and authorization decision: the HTTP server observation
	 * already times every call, and wrapping each of a dozen filters per call cost more than the sign-in itself.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Open311 GeoReport v2: stateless, signed in by {@code api_key}; anyone may read (the public view), filing
	 * needs a key, and a refusal is answered in the spec's error format.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain open311(HttpSecurity http, ApiTokens tokens, LifelineUserDetailsService users,
			ProblemWords words) throws Exception {
		Open311Refusal refusal = new Open311Refusal(words);
		return http.securityMatcher("/open311/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/open311/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/open311/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.addFilterBefore(new TokenAuthenticationFilter(tokens, users, refusal::forbidden),
					AnonymousAuthenticationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, denied) -> refusal.forbidden(request,
					response, Open311Refusal.KEY_REQUIRED))
				.accessDeniedHandler((request, response, denied) -> refusal.forbidden(request, response,
						Open311Refusal.KEY_REQUIRED)))
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, LifelineUserDetailsService users,
			SignInFailures failures, ProblemWords words) throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(words);
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.addFilterBefore(new TokenAuthenticationFilter(tokens, users,
					(request, response, reason) -> entryPoint.unauthorized(response, reason)),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new SignInThrottleFilter(failures, true), BasicAuthenticationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler((request, response, denied) -> entryPoint.forbidden(response)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SignInFailures failures,
			@Value("${lifeline.map.tile-url:}") String tileUrl) throws Exception {
		return http
			.addFilterBefore(new SignInThrottleFilter(failures, false), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
						"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/verify/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}
}

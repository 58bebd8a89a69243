package org.lifeline.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/**
 * The session cookie a browser holds after signing in on the login page: what a page's links and forms are followed
 * with, where the JSON API takes only tokens and HTTP Basic.
 */
public final class SignedInSession {

	private SignedInSession() {
	}

	public static Cookie of(MockMvc mvc, String username, String password) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		if (session == null) {
			throw new IllegalStateException(username + " was not signed in");
		}
		return session;
	}
}

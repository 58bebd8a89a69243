package org.lifeline.shared;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator bound to the city, for tests that exercise one module's API without the identity module's
 * fixtures (which would make that module depend on identity). Call after the city exists.
 */
public final class TestAdministrator {

	public static final String USERNAME = "test-administrator";

	public static final String PASSWORD = "test-administrator-password";

	private TestAdministrator() {
	}

	public static RequestPostProcessor signedIn(JdbcClient jdbc, PasswordEncoder passwords) {
		jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role, territory_id, created_by)
				select ?, 'Test administrator', ?, 'ADMINISTRATOR', id, 'test' from territory_node where kind = 'CITY'
				on conflict (username) do nothing""")
			.params(USERNAME, passwords.encode(PASSWORD))
			.update();
		return httpBasic(USERNAME, PASSWORD);
	}
}

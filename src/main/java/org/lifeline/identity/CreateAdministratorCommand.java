package org.lifeline.identity;

import java.io.Console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lifeline.jar create-admin --username NAME}: creates an administrator outside demo mode, where
 * there is no default password. The password comes from {@code LIFELINE_ADMIN_PASSWORD} or is asked for.
 */
@Component
@Profile("create-admin")
class CreateAdministratorCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CreateAdministratorCommand.class);

	private final Users users;

	private final String username;

	CreateAdministratorCommand(Users users, @Value("${lifeline.admin.username:admin}") String username) {
		this.users = users;
		this.username = username;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.exists(username)) {
			throw new IllegalStateException("user " + username + " already exists");
		}
		LifelineUser admin = users.createAdministrator(username, password());
		log.info("Created administrator {} bound to {}", admin.username(), admin.territoryCode());
	}

	private static String password() {
		String fromEnvironment = System.getenv("LIFELINE_ADMIN_PASSWORD");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return fromEnvironment;
		}
		Console console = System.console();
		if (console == null) {
			throw new IllegalStateException("set LIFELINE_ADMIN_PASSWORD or run in a terminal to be asked");
		}
		char[] first = console.readPassword("Password for the administrator: ");
		char[] second = console.readPassword("Again: ");
		if (first == null || !new String(first).equals(new String(second))) {
			throw new IllegalStateException("the passwords differ");
		}
		return new String(first);
	}
}

package org.lifeline;

import java.util.Arrays;

import org.lifeline.demo.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lifeline: services for the residents of locked-down compounds.
 * <p>
 * {@code java -jar lifeline.jar} serves the application; {@code java -jar lifeline.jar generate --scale city}
 * fills the configured database with a demo city and exits; {@code create-admin --username=NAME} creates the
 * first administrator.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@EnableScheduling
public class LifelineApplication {

	private static final String CREATE_ADMIN = "create-admin";

	public static void main(String[] args) {
		if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
			runCommand(GenerateCommand.NAME, GenerateCommand.toProperties(Arrays.copyOfRange(args, 1, args.length)));
		}
		else if (args.length > 0 && CREATE_ADMIN.equals(args[0])) {
			String[] rest = Arrays.stream(args, 1, args.length)
				.map(a -> a.startsWith("--username=") ? "--lifeline.admin.username=" + a.substring(11) : a)
				.toArray(String[]::new);
			runCommand(CREATE_ADMIN, rest);
		}
		else {
			SpringApplication.run(LifelineApplication.class, args);
		}
	}

	/** Runs a command in a context without a web server, then exits with its status. */
	private static void runCommand(String profile, String[] args) {
		SpringApplication app = new SpringApplication(LifelineApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setAdditionalProfiles(profile);
		app.setDefaultProperties(java.util.Map.of("lifeline.demo", "off"));
		System.exit(SpringApplication.exit(app.run(args)));
	}
}

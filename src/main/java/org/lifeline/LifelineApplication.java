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
 * fills the configured database with a demo city and exits.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@EnableScheduling
public class LifelineApplication {

	public static void main(String[] args) {
		if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
			SpringApplication app = new SpringApplication(LifelineApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("generate");
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			System.exit(SpringApplication.exit(app.run(GenerateCommand.toProperties(rest))));
		}
		SpringApplication.run(LifelineApplication.class, args);
	}
}

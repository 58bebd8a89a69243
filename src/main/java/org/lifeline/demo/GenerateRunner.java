package org.lifeline.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code generate} command ({@link GenerateCommand}): writes a demo city of {@code lifeline.generate.scale}
 * with {@code lifeline.generate.seed} into the database and lets the application exit, with exit code 1 when the
 * database already holds a city or the generation failed.
 */
@Component
@Profile(GenerateCommand.NAME)
class GenerateRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(GenerateRunner.class);

	private final DemoCity demoCity;

	private final DemoAccounts accounts;

	private final String scale;

	private final long seed;

	private int exitCode;

	GenerateRunner(DemoCity demoCity, DemoAccounts accounts, @Value("${lifeline.generate.scale:small}") String scale,
			@Value("${lifeline.generate.seed:" + DemoCity.DEFAULT_SEED + "}") long seed) {
		this.demoCity = demoCity;
		this.accounts = accounts;
		this.scale = scale;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoScale demoScale = DemoScale.parse(scale);
		if (demoCity.exists()) {
			log.error("The database already holds a city; generate fills only an empty database. "
					+ "Point LIFELINE_DB_URL or LIFELINE_DATA_DIR at an empty one.");
			exitCode = 1;
			return;
		}
		log.info("Generating the {} demo city with seed {} ...", scale, seed);
		try {
			GenerationReport report = demoCity.generate(demoScale, seed);
			log.info("Generated {}", report.summary());
			report.tables()
				.forEach(t -> log.info("  {}: {} rows in {} s ({} rows/s)", t.table(), t.rows(),
						String.format("%.1f", t.seconds()), String.format("%,.0f", t.rowsPerSecond())));
			log.info("  indexes and constraints rebuilt in {} s", String.format("%.1f", report.indexSeconds()));
			accounts.create();
		}
		catch (RuntimeException e) {
			log.error("Generating the demo city failed: {}", e.getMessage(), e);
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}

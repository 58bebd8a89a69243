package org.lifeline.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Generates a demo city into an empty database. The same scale and seed always give the same rows. The whole city
 * is written in one transaction, so a failure leaves no half city behind, at every scale; residents' ages, due
 * dates and tags are as of a reference day, by default the first day of the 2022 lockdown.
 */
@Service
public class DemoCity {

	/** The seed used when none is given. */
	public static final long DEFAULT_SEED = 2022;

	/** The day the demo city's ages and due dates refer to. */
	public static final LocalDate REFERENCE_DAY = LocalDate.of(2022, 4, 1);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	DemoCity(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Whether the database already holds a city (any territory at all). */
	public boolean exists() {
		return jdbc.sql("select exists (select 1 from territory_node)").query(Boolean.class).single();
	}

	/**
	 * Writes a city of the given scale.
	 * @throws org.lifeline.shared.ConflictException when the database already holds a territory
	 */
	public GenerationReport generate(DemoScale scale, long seed) {
		return generate(scale, seed, REFERENCE_DAY);
	}

	/** Writes a city of the given scale with ages and due dates as of the given day. */
	public GenerationReport generate(DemoScale scale, long seed, LocalDate today) {
		CityPlan plan = CityPlanner.plan(scale, seed);
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			int networkTimeout = connection.getNetworkTimeout();
			connection.setAutoCommit(false);
			try {
				// A city's rows go in as a few long COPY statements: no statement or read limit for this load
				connection.setNetworkTimeout(Runnable::run, 0);
				try (Statement unlimited = connection.createStatement()) {
					unlimited.execute("set local statement_timeout = 0");
				}
				GenerationReport report = new CityLoad(connection, plan, today).run();
				connection.commit();
				return report;
			}
			catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
			finally {
				connection.setAutoCommit(autoCommit);
				connection.setNetworkTimeout(Runnable::run, networkTimeout);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("generating the " + scale + " demo city failed: " + e.getMessage(), e);
		}
	}
}

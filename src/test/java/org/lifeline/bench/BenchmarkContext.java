package org.lifeline.bench;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The running application and the options given on the command line ({@code --scale city}). */
record BenchmarkContext(ConfigurableApplicationContext application, Map<String, String> options) {

	<T> T bean(Class<T> type) {
		return application.getBean(type);
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	/**
	 * With {@code --explain true}: makes the server send the plan, with times and buffers, of every statement over
	 * 100 ms (nested ones too) from connections opened after this to the client, which logs it with JdbcTemplate at
	 * debug level ({@code -Dlogging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG}): PostgreSQL's
	 * auto_explain on the benchmark's throwaway server.
	 */
	void explainSlowStatementsWhenAsked() {
		if (!Boolean.parseBoolean(option("explain", "false"))) {
			return;
		}
		JdbcClient jdbc = bean(JdbcClient.class);
		jdbc.sql("alter system set session_preload_libraries = 'auto_explain'").update();
		jdbc.sql("alter system set auto_explain.log_min_duration = '100ms'").update();
		jdbc.sql("alter system set auto_explain.log_analyze = on").update();
		jdbc.sql("alter system set auto_explain.log_buffers = on").update();
		jdbc.sql("alter system set auto_explain.log_nested_statements = on").update();
		jdbc.sql("alter system set client_min_messages = log").update();
		jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
		if (bean(DataSource.class) instanceof HikariDataSource hikari) {
			hikari.getHikariPoolMXBean().softEvictConnections();
		}
	}
}

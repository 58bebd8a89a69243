package org.lifeline.bench;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

/** The running application and the options given on the command line ({@code --scale city}). */
record BenchmarkContext(ConfigurableApplicationContext application, Map<String, String> options) {

	<T> T bean(Class<T> type) {
		return application.getBean(type);
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}
}

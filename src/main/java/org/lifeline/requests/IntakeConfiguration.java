package org.lifeline.requests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Places the intake admission limit in front of sign-in. The limit stays below the connection pool so that
 * admitted filings never queue for a connection.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	FilterRegistrationBean<IntakeAdmission> intakeAdmission(
			@Value("${lifeline.requests.intake.concurrent:16}") int concurrent) {
		FilterRegistrationBean<IntakeAdmission> registration = new FilterRegistrationBean<>(new IntakeAdmission(concurrent));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/v1/requests", "/open311/v2/*");
		return registration;
	}
}

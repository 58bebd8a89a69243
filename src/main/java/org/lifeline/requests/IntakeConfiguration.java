package org.lifeline.requests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Places the intake admission limit in front of sign-in. Admitted filings hold a connection only to read the
 * resident; they wait for the intake writer without one, so the limit may exceed the connection pool, and the
 * more filings wait together, the larger the batches the writer commits at once.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	FilterRegistrationBean<IntakeAdmission> intakeAdmission(
			@Value("${lifeline.requests.intake.concurrent:64}") int concurrent) {
		FilterRegistrationBean<IntakeAdmission> registration = new FilterRegistrationBean<>(new IntakeAdmission(concurrent));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/v1/requests", "/open311/v2/*");
		return registration;
	}
}

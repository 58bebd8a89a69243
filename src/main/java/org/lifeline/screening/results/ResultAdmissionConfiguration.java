package org.lifeline.screening.results;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Places the lab result upload admission limit in front of sign-in. */
@Configuration(proxyBeanMethods = false)
class ResultAdmissionConfiguration {

	@Bean
	FilterRegistrationBean<ResultAdmission> resultAdmission(
			@Value("${lifeline.screening.results.concurrent:4}") int concurrent) {
		FilterRegistrationBean<ResultAdmission> registration = new FilterRegistrationBean<>(new ResultAdmission(concurrent));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/v1/screening/results");
		return registration;
	}
}

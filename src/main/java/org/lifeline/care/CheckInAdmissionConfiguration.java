package org.lifeline.care;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Places the check-in admission limit in front of sign-in. */
@Configuration(proxyBeanMethods = false)
class CheckInAdmissionConfiguration {

	@Bean
	FilterRegistrationBean<CheckInAdmission> checkInAdmission(
			@Value("${lifeline.care.check-ins.concurrent:32}") int concurrent) {
		FilterRegistrationBean<CheckInAdmission> registration = new FilterRegistrationBean<>(
				new CheckInAdmission(concurrent));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/v1/care/check-ins", "/care/check-ins");
		return registration;
	}
}

package org.lifeline.screening.sampling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Places the scan admission limit in front of sign-in. Admitted scans hold no database connection while they
 * wait for the tube writer, so the limit may exceed the connection pool, and the more scans wait together, the
 * larger the batches the writer commits at once.
 */
@Configuration(proxyBeanMethods = false)
class ScanConfiguration {

	@Bean
	FilterRegistrationBean<ScanAdmission> scanAdmission(
			@Value("${lifeline.screening.scans.concurrent:256}") int concurrent) {
		FilterRegistrationBean<ScanAdmission> registration = new FilterRegistrationBean<>(new ScanAdmission(concurrent));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/v1/screening/rounds/*", "/screening/sample/rounds/*");
		return registration;
	}
}

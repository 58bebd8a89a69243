package org.lifeline.supplies;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Places the group-buy order admission limit in front of sign-in. */
@Configuration(proxyBeanMethods = false)
class OrderAdmissionConfiguration {

	@Bean
	FilterRegistrationBean<OrderAdmission> orderAdmission(
			@Value("${lifeline.supplies.orders.concurrent:32}") int concurrent) {
		FilterRegistrationBean<OrderAdmission> registration = new FilterRegistrationBean<>(new OrderAdmission(concurrent));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/v1/group-buys/*", "/group-buys/*");
		return registration;
	}
}

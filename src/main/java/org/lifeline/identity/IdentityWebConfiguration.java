package org.lifeline.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	private final DisclosureInterceptor disclosure;

	IdentityWebConfiguration(DisclosureInterceptor disclosure) {
		this.disclosure = disclosure;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(disclosure);
	}
}

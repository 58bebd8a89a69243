package org.lifeline.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every rule reads time from, in the city's time zone; tests and drills replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${lifeline.time-zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}
}

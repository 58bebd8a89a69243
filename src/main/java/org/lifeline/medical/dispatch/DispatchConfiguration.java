package org.lifeline.medical.dispatch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The planner with its travel times. A {@link TravelTimes} bean of a road-network engine replaces the
 * straight-line estimate.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchProperties.class)
class DispatchConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TravelTimes travelTimes(DispatchProperties properties) {
		return new StraightLineTravelTimes(properties.detourFactor(), properties.averageSpeedKmh());
	}

	@Bean
	TripPlanner tripPlanner(TravelTimes travelTimes, DispatchProperties properties) {
		return new TripPlanner(travelTimes, properties.settings());
	}
}

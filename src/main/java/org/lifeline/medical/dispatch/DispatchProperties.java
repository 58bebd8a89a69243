package org.lifeline.medical.dispatch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifeline.dispatch.*}: how travel time is estimated from coordinates (detour factor, average urban speed),
 * boarding and handover times, the search budget, and how long a proposal may wait before it must be planned again.
 */
@ConfigurationProperties("lifeline.dispatch")
record DispatchProperties(@DefaultValue("1.4") double detourFactor, @DefaultValue("25") double averageSpeedKmh,
		@DefaultValue("10m") Duration boarding, @DefaultValue("10m") Duration handover,
		@DefaultValue("6s") Duration timeLimit, @DefaultValue("2s") Duration unimprovedLimit,
		@DefaultValue("15m") Duration proposalLifetime) {

	DispatchSettings settings() {
		return new DispatchSettings(boarding, handover, timeLimit, unimprovedLimit);
	}
}

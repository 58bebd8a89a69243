package org.lifeline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock that tests move forward, so deadlines can pass without waiting. Starts at the real time. */
public final class MovableClock extends Clock {

	/** The city's time zone, in which its days begin and end whatever the machine's own zone. */
	public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	// whole microseconds, as PostgreSQL stores them, so a time read back equals the time written
	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MICROS));

	private final ZoneId zone;

	public MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Today in the city, by the real time: what a test means by "today" when it holds no clock. */
	public static LocalDate cityToday() {
		return LocalDate.now(CITY_ZONE);
	}

	public void advance(Duration duration) {
		now.updateAndGet(t -> t.plus(duration));
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return Clock.fixed(instant(), other);
	}

	/** Puts the movable clock in place of the system clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(CITY_ZONE);
		}
	}
}

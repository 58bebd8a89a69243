package org.lifeline.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats instants for pages in the city's time zone ({@code ${@dates.at(instant)}} in templates). */
@Component("dates")
class PageDates {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	PageDates(Clock clock) {
		this.clock = clock;
	}

	public String at(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant.atZone(clock.getZone()));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}
}

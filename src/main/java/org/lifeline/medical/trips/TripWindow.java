package org.lifeline.medical.trips;

import java.time.Instant;

import org.lifeline.shared.InvalidInputException;

/** The time a vehicle is planned to spend on one leg, from leaving for the pick-up to the drop-off. */
public record TripWindow(Instant start, Instant end) {

	public TripWindow {
		if (start == null || end == null || !end.isAfter(start)) {
			throw new InvalidInputException("window", "a planned window needs a start before its end",
					"problem.medical.windowOrder");
		}
	}

	public boolean overlaps(TripWindow other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}
}

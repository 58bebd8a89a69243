package org.lifeline.certificates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lifeline.zones.Zone;
import org.lifeline.zones.ZonePeriod;

/**
 * The stretches of days a home was sealed, joined from its compound's periods and its building's (when the building
 * was a unit of its own): a certificate's range must lie inside one stretch.
 */
record SealedDays(List<ZonePeriod> stretches) {

	static SealedDays of(List<ZonePeriod> periods, LocalDate today) {
		List<ZonePeriod> sealed = periods.stream()
			.filter(p -> p.zone() == Zone.SEALED)
			.map(p -> new ZonePeriod(Zone.SEALED, p.from(), p.to() == null ? today : p.to()))
			.sorted(Comparator.comparing(ZonePeriod::from))
			.toList();
		List<ZonePeriod> joined = new ArrayList<>();
		for (ZonePeriod p : sealed) {
			ZonePeriod last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && !p.from().isAfter(last.to().plusDays(1))) {
				joined.set(joined.size() - 1,
						new ZonePeriod(Zone.SEALED, last.from(), p.to().isAfter(last.to()) ? p.to() : last.to()));
			}
			else {
				joined.add(p);
			}
		}
		return new SealedDays(List.copyOf(joined));
	}

	boolean covers(LocalDate from, LocalDate to) {
		return stretches.stream().anyMatch(p -> !from.isBefore(p.from()) && !to.isAfter(p.to()));
	}

	/** The stretches as text for a refusal, e.g. 2022-04-01 – 2022-05-31. */
	/** Whether the home was never sealed on record. */
	boolean never() {
		return stretches.isEmpty();
	}

	String describe() {
		return stretches.isEmpty() ? "never sealed"
				: String.join(", ", stretches.stream().map(p -> p.from() + " – " + p.to()).toList());
	}
}

package org.lifeline.screening;

import java.time.LocalDate;
import java.util.List;

/** A planned round and, per compound, what it asks for. */
public record PlannedRound(long id, LocalDate date, List<Unit> units) {

	public PlannedRound {
		units = List.copyOf(units);
	}

	/** One compound of the round: its zone, the method that zone asks for, the pool size and the tubes it needs. */
	public record Unit(String compoundCode, String zone, String method, int poolSize, long residents,
			long tubesPlanned) {
	}
}

package org.lifeline.demo;

import java.util.List;
import java.util.Locale;

/**
 * How big a demo city to generate. {@link #SMALL} is one district cut down to a few streets for demos and tests,
 * {@link #DISTRICT} one full district of about a million residents, {@link #CITY} all of Shanghai at 2020
 * census size.
 */
public enum DemoScale {

	SMALL(List.of("310101"), 5, 20, 60, 20_000),
	DISTRICT(List.of("310104"), 13, 265, 1_200, 1_000_000),
	CITY(DistrictFacts.SHANGHAI.stream().map(DistrictFacts::code).toList(), 216, 6_600, 30_000, 24_900_000);

	private final List<String> districtCodes;

	private final int streets;

	private final int committees;

	private final int compounds;

	private final int residents;

	DemoScale(List<String> districtCodes, int streets, int committees, int compounds, int residents) {
		this.districtCodes = districtCodes;
		this.streets = streets;
		this.committees = committees;
		this.compounds = compounds;
		this.residents = residents;
	}

	/** Reads small, district or city (any case). */
	public static DemoScale parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("unknown demo scale '" + text + "' (use small, district or city)");
		}
	}

	/** Residents aimed at; the generated count lands within a few per mille of it. */
	public int residents() {
		return residents;
	}

	List<String> districtCodes() {
		return districtCodes;
	}

	int streets() {
		return streets;
	}

	int committees() {
		return committees;
	}

	int compounds() {
		return compounds;
	}
}

package org.lifeline.zones;

/** The three zones of the 11 April 2022 definitions. */
public enum Zone {

	/** A positive in the last 7 days: nobody leaves home; all services come to the door. */
	SEALED,
	/** None in 7 days, one in 14: residents stay inside the compound. */
	CONTROLLED,
	/** None in 14 days: movement within the own street or town. */
	PRECAUTION
}

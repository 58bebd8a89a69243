package org.lifeline.screening;

import java.util.Collection;
import java.util.Map;

import org.lifeline.territory.TerritoryNode;

/**
 * The zone each compound is in, as the zones module computes it. Screening plans a compound's method by its zone
 * through this interface, which zones implements, so that screening does not depend on zones (zones follows from
 * cases, and cases from screening).
 */
public interface CompoundZones {

	/** The zone names (SEALED, CONTROLLED, PRECAUTION) of these compounds by code; a compound left out is PRECAUTION. */
	Map<String, String> zonesOf(Collection<TerritoryNode> compounds);
}

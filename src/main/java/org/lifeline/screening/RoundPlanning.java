package org.lifeline.screening;

import org.lifeline.territory.TerritoryScope;

/**
 * Plans screening rounds: per compound the method its zone asks for and the pool size its recent positivity
 * suggests, the sampling points it needs (made when it has none), the building-by-building call schedule and
 * the list of residents to sample at home.
 */
public interface RoundPlanning {

	PlannedRound plan(NewRound round, String actor, TerritoryScope scope);
}

package org.lifeline.residents;

import org.lifeline.territory.TerritoryScope;

/** A resident asked for by id within the scope of whoever asks. */
public record ResidentLookup(long residentId, TerritoryScope scope) {
}

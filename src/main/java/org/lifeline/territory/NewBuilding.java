package org.lifeline.territory;

/** A building to add under a compound, by its code and name (a resident import names the buildings it needs). */
public record NewBuilding(String code, String name, long compoundId) {
}

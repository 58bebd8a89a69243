package org.lifeline.screening;

import java.time.LocalDate;
import java.util.List;

/**
 * A round a street or district plans: its territory, the date, optionally the compounds it covers (else all of
 * them) and a pool size that overrides the one each compound's positivity suggests.
 */
public record NewRound(String territoryCode, LocalDate date, List<String> compoundCodes, Integer poolSize) {
}

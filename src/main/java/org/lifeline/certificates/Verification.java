package org.lifeline.certificates;

import java.time.LocalDate;

/** What anyone holding the code may learn: the masked name, the days, the issuer, and whether it still stands. */
public record Verification(String code, String maskedName, LocalDate from, LocalDate to, String issuer,
		LocalDate issuedOn, boolean revoked) {
}

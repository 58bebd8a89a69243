package org.lifeline.supplies;

import java.time.Instant;

/** A courier of a supplier, with the times of the last negative PCR and antigen tests if known. */
public record NewCourier(String name, String phone, Instant pcrNegativeAt, Instant antigenNegativeAt) {
}

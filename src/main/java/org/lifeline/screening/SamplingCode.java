package org.lifeline.screening;

import java.time.Instant;

/** A resident's signed sampling code, as the QR code on their page and the committee's sheet carry it. */
public record SamplingCode(String code, Instant validUntil) {
}

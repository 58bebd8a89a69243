package org.lifeline.screening;

import java.math.BigDecimal;

/**
 * One tube's result as a lab sends it in JSON: the tube code, NEGATIVE, POSITIVE or INVALID, when it was reported
 * (ISO-8601), and an optional Ct value. Fields are checked when the batch is read, each failure named by its line.
 */
public record LabResult(String tubeCode, String result, String reportedAt, BigDecimal ctValue) {
}

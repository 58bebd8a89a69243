package org.lifeline.cases;

import java.time.LocalDate;

/**
 * A positive to report: the resident, the type, the report date, how it was found (null: decided from the
 * resident's situation, see {@link CaseReports}), who reports it and, for a result, its reference (a tube code)
 * so the same result never makes two cases.
 */
public record NewCase(Long residentId, CaseType type, LocalDate reportedOn, FoundBy foundBy, CaseSource source,
		String sourceRef) {
}

package org.lifeline.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A case as pages and the API show it, with its lifecycle (the steps, oldest first). */
public record CaseView(long id, long residentId, String residentName, CaseType type, CaseType reportedType,
		FoundBy foundBy, CaseSource source, CaseStatus status, LocalDate reportedOn, Instant reportedAt,
		String reportedBy, long compoundId, String compoundCode, String compoundName, long streetId, long districtId,
		String districtCode, Set<String> needs, LocalDate convertedOn, String busRunRef, String facilityCode,
		String bedKind, Instant admittedAt, Instant dischargedAt, LocalDate monitoringUntil, Instant escalatedAt,
		List<CaseStep> steps) {

	static CaseView of(PositiveCase c, String residentName, List<CaseStep> steps) {
		CasePlace p = c.place();
		CaseProgress g = c.progress();
		return new CaseView(c.id(), c.residentId(), residentName, c.type(), c.reportedType(), c.foundBy(), c.source(),
				c.status(), c.reportedOn(), c.reportedAt(), c.reportedBy(), p.compoundId(), p.compoundCode(),
				p.compoundName(), p.streetId(), p.districtId(), p.districtCode(), c.needs(), g.convertedOn, g.busRunRef,
				g.facilityCode, g.bedKind, g.admittedAt, g.dischargedAt, g.monitoringUntil, g.escalatedAt,
				List.copyOf(steps));
	}
}

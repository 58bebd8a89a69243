package org.lifeline.isolation.allocation;

import java.util.Set;

import org.lifeline.isolation.BedKind;
import org.lifeline.isolation.FacilityKind;

/**
 * One admission class (分类收治): cases with this need ({@value #NONE} for everyone without one) go to one of these
 * kinds of facility, on a bed of this kind. Of several needs, the rule of lowest rank decides.
 */
public record AdmissionRule(String need, int rank, Set<FacilityKind> facilityKinds, BedKind bedKind) {

	public static final String NONE = "NONE";

	public AdmissionRule {
		facilityKinds = Set.copyOf(facilityKinds);
	}
}

package org.lifeline.medical.routing;

import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.Need;
import org.lifeline.zones.Zone;

/**
 * One routing rule: when it applies (need, critical, zone, profile condition; null matches anything) and what it
 * answers. District rules ({@code districtCode} set) come before the city-wide defaults.
 */
public record RoutingRule(Long id, String districtCode, int rank, Need need, Boolean critical, Zone zone,
		ProfileCondition condition, CareMode mode, DestinationSelector destination, HospitalKind hospitalKind,
		String label) {

	public RoutingRule {
		condition = condition == null ? ProfileCondition.ANY : condition;
	}

	boolean matches(RoutingCase c) {
		return (need == null || need == c.need()) && (critical == null || critical == c.critical())
				&& (zone == null || zone == c.zone()) && condition.holds(c.profile(), c.today());
	}
}

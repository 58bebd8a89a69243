package org.lifeline.cases;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.Role;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may do with cases. A hospital or fever clinic desk reports and converts cases for any
 * resident of the city (patients come from everywhere) but lists none; everyone else acts within their node.
 */
@Component
class CaseCaller {

	static final String REPORTERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'HOSPITAL_DESK')";

	static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF')";

	private final CurrentUser user;

	CaseCaller(CurrentUser user) {
		this.user = user;
	}

	boolean isHospitalDesk() {
		return user.get().map(u -> u.role() == Role.HOSPITAL_DESK).orElse(false);
	}

	/** The scope a report or a conversion acts in. */
	TerritoryScope reportScope() {
		return isHospitalDesk() ? TerritoryScope.everything() : user.scope();
	}

	CaseSource source() {
		return isHospitalDesk() ? CaseSource.HOSPITAL : CaseSource.DISTRICT;
	}

	/** The caller's scope, narrowed to a node of it when a territory code is given. */
	TerritoryScope within(String territoryCode) {
		return user.within(territoryCode);
	}

	String actor() {
		return user.actor();
	}
}

package org.lifeline.isolation;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/** What the signed-in user may see and do in isolation: which facilities, which scope of cases, whose runs. */
@Component
class IsolationCaller {

	private final CurrentUser user;

	private final Territory territory;

	IsolationCaller(CurrentUser user, Territory territory) {
		this.user = user;
		this.territory = territory;
	}

	LifelineUser user() {
		return user.require();
	}

	String actor() {
		return user.actor();
	}

	TerritoryScope scope() {
		return user.scope();
	}

	TerritoryScope within(String code) {
		return user.within(code);
	}

	FacilityAccess facilities() {
		LifelineUser u = user.require();
		return switch (u.role()) {
			case ADMINISTRATOR, CITY_COMMAND -> FacilityAccess.city();
			case DISTRICT_COMMAND -> FacilityAccess.district(u.territoryId(), true);
			case HOSPITAL_DESK -> u.hospitalCode() == null ? FacilityAccess.none() : FacilityAccess.desk(u.hospitalCode());
			case STREET_TASK_FORCE, COMMITTEE_STAFF -> u.territoryId() == null ? FacilityAccess.none()
					: territory.findById(u.territoryId())
						.map(TerritoryNode::districtId)
						.map(d -> FacilityAccess.district(d, false))
						.orElse(FacilityAccess.none());
			default -> FacilityAccess.none();
		};
	}

	/** Whether the caller keeps facilities (city or district command). */
	boolean keepsFacilities() {
		return facilities().keeps();
	}

	/** Whether the caller edits the admission classes (city command). */
	boolean editsAdmission() {
		return facilities().everything();
	}
}

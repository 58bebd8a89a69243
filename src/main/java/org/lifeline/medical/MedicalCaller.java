package org.lifeline.medical;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.requests.Channel;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may see and do in medical access: which trips (by territory, by the vehicles they
 * drive, by their hospital), which hospitals, which fleet.
 */
@Component
class MedicalCaller {

	private final CurrentUser user;

	private final Territory territory;

	MedicalCaller(CurrentUser user, Territory territory) {
		this.user = user;
		this.territory = territory;
	}

	LifelineUser user() {
		return user.require();
	}

	String actor() {
		return user.actor();
	}

	TripAccess trips() {
		LifelineUser u = user.require();
		return switch (u.role()) {
			case DRIVER -> TripAccess.driver(u.id());
			case HOSPITAL_DESK -> u.hospitalCode() == null ? TripAccess.of(user.scope()) : TripAccess.hospital(u.hospitalCode());
			default -> TripAccess.of(user.scope());
		};
	}

	HospitalAccess hospitals() {
		LifelineUser u = user.require();
		return switch (u.role()) {
			case ADMINISTRATOR, CITY_COMMAND -> HospitalAccess.city();
			case DISTRICT_COMMAND -> HospitalAccess.district(u.territoryId(), true);
			case HOSPITAL_DESK -> u.hospitalCode() == null ? HospitalAccess.none() : HospitalAccess.desk(u.hospitalCode());
			case STREET_TASK_FORCE, COMMITTEE_STAFF, HOTLINE_OPERATOR, DRIVER -> districtOf(u)
				.map(d -> HospitalAccess.district(d, false))
				.orElse(HospitalAccess.none());
			default -> HospitalAccess.none();
		};
	}

	/** The district whose rules the caller edits (null for the city-wide defaults). */
	TerritoryNode ruleDistrict() {
		LifelineUser u = user.require();
		return u.role() == Role.DISTRICT_COMMAND ? territory.byId(u.territoryId()) : null;
	}

	/** Whether the caller edits routing rules: district command its district's, city command the defaults. */
	boolean editsRules() {
		Role role = user.require().role();
		return role == Role.DISTRICT_COMMAND || role == Role.CITY_COMMAND || role == Role.ADMINISTRATOR;
	}

	/** The caller's district, for pages that show one district's hospitals and rules. */
	java.util.Optional<Long> districtOf(LifelineUser u) {
		return u.territoryId() == null ? java.util.Optional.empty()
				: territory.findById(u.territoryId()).map(TerritoryNode::districtId);
	}

	Channel channel() {
		return switch (user.require().role()) {
			case HOTLINE_OPERATOR -> Channel.HOTLINE;
			case RESIDENT -> Channel.RESIDENT;
			case COMMITTEE_STAFF, VOLUNTEER -> Channel.COMMITTEE;
			default -> Channel.API;
		};
	}

	org.lifeline.territory.TerritoryScope scope() {
		return user.scope();
	}
}

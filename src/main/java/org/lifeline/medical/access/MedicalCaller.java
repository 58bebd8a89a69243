package org.lifeline.medical.access;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.medical.HospitalAccess;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripStatus;
import org.lifeline.requests.Channel;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may see and do in medical access: which trips (by territory, by the vehicles they
 * drive, by their hospital), which hospitals, which fleet.
 */
@Component
public class MedicalCaller {

	private final CurrentUser user;

	private final Territory territory;

	MedicalCaller(CurrentUser user, Territory territory) {
		this.user = user;
		this.territory = territory;
	}

	public LifelineUser user() {
		return user.require();
	}

	public String actor() {
		return user.actor();
	}

	public TripAccess trips() {
		LifelineUser u = user.require();
		return switch (u.role()) {
			case DRIVER -> TripAccess.driver(u.id());
			case HOSPITAL_DESK -> u.hospitalCode() == null ? TripAccess.of(user.scope()) : TripAccess.hospital(u.hospitalCode());
			default -> TripAccess.of(user.scope());
		};
	}

	public HospitalAccess hospitals() {
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
	public TerritoryNode ruleDistrict() {
		LifelineUser u = user.require();
		return u.role() == Role.DISTRICT_COMMAND ? territory.byId(u.territoryId()) : null;
	}

	/** Whether the caller edits routing rules: district command its district's, city command the defaults. */
	public boolean editsRules() {
		Role role = user.require().role();
		return role == Role.DISTRICT_COMMAND || role == Role.CITY_COMMAND || role == Role.ADMINISTRATOR;
	}

	/** The code of the caller's district (its own fleet's), null for the city. */
	public String districtCode() {
		return districtOf(user.require()).map(territory::byId).map(TerritoryNode::code).orElse(null);
	}

	/** The caller's street when bound to one: the fleet the vehicles they register join. */
	public String streetCode() {
		LifelineUser u = user.require();
		return u.territoryKind() == org.lifeline.territory.TerritoryKind.STREET ? u.territoryCode() : null;
	}

	/** The caller's district, for pages that show one district's hospitals and rules. */
	java.util.Optional<Long> districtOf(LifelineUser u) {
		return u.territoryId() == null ? java.util.Optional.empty()
				: territory.findById(u.territoryId()).map(TerritoryNode::districtId);
	}

	/**
	 * Refuses a step the caller's role does not take: a driver drives (sets off, picks up, arrives, brings home),
	 * a hospital desk confirms arrival, hands back or admits; dispatchers may take any step.
	 */
	public TripStatus mayStep(TripStatus to) {
		java.util.Set<TripStatus> allowed = switch (user.require().role()) {
			case DRIVER -> java.util.EnumSet.of(TripStatus.EN_ROUTE, TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL,
					TripStatus.HOME);
			case HOSPITAL_DESK -> java.util.EnumSet.of(TripStatus.AT_HOSPITAL, TripStatus.RETURNING, TripStatus.ADMITTED);
			default -> java.util.EnumSet.allOf(TripStatus.class);
		};
		if (to != null && !allowed.contains(to)) {
			throw new org.springframework.security.access.AccessDeniedException(
					user.require().role() + " does not take the step to " + to);
		}
		return to;
	}

	public Channel channel() {
		return switch (user.require().role()) {
			case HOTLINE_OPERATOR -> Channel.HOTLINE;
			case RESIDENT -> Channel.RESIDENT;
			case COMMITTEE_STAFF, VOLUNTEER -> Channel.COMMITTEE;
			default -> Channel.API;
		};
	}

	public org.lifeline.territory.TerritoryScope scope() {
		return user.scope();
	}
}

package org.lifeline.identity;

import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whether an account lies within a manager's reach: bound to a node, buildings or a household in the manager's
 * scope, or to a hospital or supplier the manager's district (or the city) owns.
 */
@Component
class AccountReach {

	private final UserRepository users;

	private final AccountOwners owners;

	private final Territory territory;

	AccountReach(UserRepository users, AccountOwners owners, Territory territory) {
		this.users = users;
		this.owners = owners;
		this.territory = territory;
	}

	/**
	 * The account a manager may change: 404 when it lies outside their reach (as if it did not exist), 403 when it
	 * is within reach but of a role they do not manage.
	 */
	LifelineUser managed(long id, LifelineUser manager, TerritoryScope scope) {
		LifelineUser user = users.findById(id)
			.map(UserRepository.StoredUser::user)
			.filter(u -> reaches(u, scope))
			.orElseThrow(() -> new NotFoundException("user", id));
		if (!manager.role().manages(user.role())) {
			throw new AccessDeniedException(manager.role() + " users may not change " + user.role() + " accounts");
		}
		return user;
	}

	boolean reaches(LifelineUser user, TerritoryScope scope) {
		if (scope.isEverything()) {
			return true;
		}
		return switch (user.role()) {
			case HOSPITAL_DESK -> owners.hospital(user.hospitalCode()).filter(o -> o.within(scope)).isPresent();
			case SUPPLIER -> owners.supplier(user.supplierId()).filter(o -> o.within(scope)).isPresent();
			case RESIDENT -> owners.householdWithin(user.householdId(), scope);
			case VOLUNTEER -> !user.buildingIds().isEmpty()
					&& user.buildingIds().stream().allMatch(b -> territory.findById(b).filter(scope::contains).isPresent());
			default -> user.territoryId() != null && territory.findById(user.territoryId()).filter(scope::contains).isPresent();
		};
	}
}

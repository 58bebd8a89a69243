package org.lifeline.identity;

import java.util.Optional;

import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.CurrentScope;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, and the scope every module filters its queries by.
 */
@Component
public class CurrentUser implements CurrentScope {

	private final Territory territory;

	CurrentUser(Territory territory) {
		this.territory = territory;
	}

	public Optional<LifelineUser> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof LifelineUserDetails details ? Optional.of(details.user())
				: Optional.empty();
	}

	public LifelineUser require() {
		return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}

	@Override
	public TerritoryScope scope() {
		return get().map(CurrentUser::scopeOf).orElse(TerritoryScope.nothing());
	}

	@Override
	public TerritoryScope within(String code) {
		TerritoryScope own = scope();
		if (code == null || code.isBlank()) {
			return own;
		}
		TerritoryNode node = territory.findByCode(code)
			.filter(own::contains)
			.orElseThrow(() -> new NotFoundException("territory node", code));
		return node.scope();
	}

	@Override
	public String actor() {
		return get().map(LifelineUser::username).orElse("system");
	}

	/** What a user may see of people and what hangs off them. */
	static TerritoryScope scopeOf(LifelineUser user) {
		return switch (user.role()) {
			case ADMINISTRATOR, CITY_COMMAND, DISTRICT_COMMAND, STREET_TASK_FORCE, COMMITTEE_STAFF, HOTLINE_OPERATOR, SAMPLER ->
				user.territoryId() == null ? TerritoryScope.nothing() : nodeScope(user);
			case VOLUNTEER -> TerritoryScope.buildings(user.buildingIds());
			case RESIDENT -> user.householdId() == null ? TerritoryScope.nothing()
					: TerritoryScope.household(user.householdId());
			case DRIVER, HOSPITAL_DESK, SUPPLIER, LAB -> TerritoryScope.nothing();
		};
	}

	private static TerritoryScope nodeScope(LifelineUser user) {
		return TerritoryScope.ofNode(user.territoryKind(), user.territoryId(), user.territoryCode());
	}
}

package org.lifeline.identity;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and manages users. A manager creates users of lower roles bound to what lies within their own scope;
 * the first administrator is created from the command line.
 */
@Service
public class Users {

	static final int MIN_PASSWORD = 10;

	private final UserRepository users;

	private final Territory territory;

	private final PasswordEncoder passwords;

	private final AccountOwners owners;

	private final AccountReach reach;

	Users(UserRepository users, Territory territory, PasswordEncoder passwords, AccountOwners owners,
			AccountReach reach) {
		this.users = users;
		this.territory = territory;
		this.passwords = passwords;
		this.owners = owners;
		this.reach = reach;
	}

	/** Creates a user on behalf of a manager, who must manage the role and see what the user is bound to. */
	@Transactional
	public LifelineUser create(NewUser user, LifelineUser manager, TerritoryScope managerScope) {
		if (user == null || user.role() == null) {
			throw new InvalidInputException("role", "role is required: one of " + java.util.Arrays.toString(Role.values()),
					"problem.identity.roleRequired", java.util.Arrays.toString(Role.values()));
		}
		if (!manager.role().manages(user.role())) {
			throw new InvalidInputException("role", manager.role() + " cannot create " + user.role() + " users",
					"problem.identity.cannotCreate", manager.role(), user.role());
		}
		checkPassword(user.password());
		return insert(user, managerScope, manager.username());
	}

	/** Creates the first administrator (command line). */
	@Transactional
	public LifelineUser createAdministrator(String username, String password) {
		checkPassword(password);
		return insert(new NewUser(username, "Administrator", password, Role.ADMINISTRATOR, territory.city().code(),
				List.of(), null, null, null), TerritoryScope.everything(), "command-line");
	}

	/** Creates an account with any password (demo accounts only). */
	@Transactional
	public LifelineUser createDemoAccount(NewUser user) {
		return insert(user, TerritoryScope.everything(), "demo");
	}

	/** The name a person is shown by in histories (their display name), or the username when none is known. */
	@Transactional(readOnly = true)
	public String displayName(String username) {
		return username == null ? "" : users.displayName(username).filter(n -> !n.isBlank()).orElse(username);
	}

	public boolean exists(String username) {
		return users.exists(username);
	}

	/** The ids of the active users of a role bound to exactly this node (whom to alert there). */
	@Transactional(readOnly = true)
	public List<Long> boundTo(Role role, long territoryId) {
		return users.idsBoundTo(role, territoryId);
	}

	@Transactional(readOnly = true)
	public List<LifelineUser> within(TerritoryScope scope) {
		return reachable(scope).stream().map(UserRepository.StoredUser::user).toList();
	}

	/** The users within the scope with the state of their accounts, for the pages that manage them. */
	@Transactional(readOnly = true)
	public List<UserAccount> accountsWithin(TerritoryScope scope) {
		return reachable(scope).stream()
			.map(stored -> new UserAccount(stored.user(), stored.enabled(), stored.lockedUntil()))
			.toList();
	}

	/** Accounts bound within the scope, and for a district the desk and supplier accounts it owns. */
	private List<UserRepository.StoredUser> reachable(TerritoryScope scope) {
		List<UserRepository.StoredUser> found = new ArrayList<>(users.findWithin(scope));
		if (scope.level() == TerritoryScope.Level.DISTRICT) {
			users.findUnboundDesksAndSuppliers().stream().filter(s -> reach.reaches(s.user(), scope)).forEach(found::add);
		}
		return found;
	}

	/** Enables or disables an account: whoever may create it may disable it, and nobody else. */
	@Transactional
	public LifelineUser setEnabled(long id, boolean enabled, LifelineUser manager, TerritoryScope managerScope) {
		LifelineUser user = reach.managed(id, manager, managerScope);
		users.setEnabled(id, enabled);
		return user;
	}

	@Transactional
	public void resetPassword(long id, String password, LifelineUser manager, TerritoryScope managerScope) {
		reach.managed(id, manager, managerScope);
		checkPassword(password);
		users.setPassword(id, passwords.encode(password));
	}

	private LifelineUser insert(NewUser user, TerritoryScope scope, String createdBy) {
		if (user.username() == null || !user.username().matches("[a-z0-9._-]{3,60}")) {
			throw new InvalidInputException("username", "username must be 3-60 lower-case letters, digits, '.', '_' or '-'",
					"problem.identity.username");
		}
		if (user.role() == null) {
			throw InvalidInputException.required("role");
		}
		if (users.exists(user.username())) {
			throw new ConflictException("username " + user.username() + " is taken", "problem.identity.usernameTaken",
					user.username());
		}
		TerritoryNode node = binding(user, scope);
		List<TerritoryNode> buildings = buildings(user, scope);
		long id = users.insert(user, passwords.encode(user.password()), node == null ? null : node.id(), createdBy);
		buildings.forEach(b -> users.addBuilding(id, b.id()));
		return users.findById(id).orElseThrow().user();
	}

	private TerritoryNode binding(NewUser user, TerritoryScope scope) {
		Role role = user.role();
		if (role == Role.RESIDENT) {
			requireHousehold(user.householdId(), scope);
		}
		if (role == Role.HOSPITAL_DESK
				&& owners.hospital(user.hospitalCode()).filter(o -> o.within(scope)).isEmpty()) {
			throw new InvalidInputException("hospitalCode", "hospital " + user.hospitalCode()
					+ " not found among the hospitals your district or city owns", "problem.identity.hospitalOutside",
					user.hospitalCode());
		}
		if (role == Role.SUPPLIER && owners.supplier(user.supplierId()).filter(o -> o.within(scope)).isEmpty()) {
			throw new InvalidInputException("supplierId", "supplier " + user.supplierId()
					+ " not found among the suppliers your district or city approves", "problem.identity.supplierOutside",
					String.valueOf(user.supplierId()));
		}
		if (user.territoryCode() == null) {
			if (role.boundTo() != null || role == Role.HOTLINE_OPERATOR) {
				throw new InvalidInputException("territoryCode", role + " users are bound to a territory node",
						"problem.identity.territoryRequired", role);
			}
			return null;
		}
		TerritoryNode node = territory.findByCode(user.territoryCode())
			.filter(scope::contains)
			.orElseThrow(() -> new InvalidInputException("territoryCode", "territory node " + user.territoryCode() + " not found",
			"problem.identity.territoryNotFound", user.territoryCode()));
		boolean fits = role.boundTo() != null ? node.kind() == role.boundTo()
				: role != Role.HOTLINE_OPERATOR || node.kind() == TerritoryKind.CITY || node.kind() == TerritoryKind.DISTRICT;
		if (!fits) {
			throw role.boundTo() != null
					? new InvalidInputException("territoryCode", role + " users are bound to a " + role.boundTo() + ", not a "
							+ node.kind(), "problem.identity.boundTo", role, role.boundTo(), node.kind())
					: new InvalidInputException("territoryCode", role + " users are bound to a CITY or DISTRICT, not a "
							+ node.kind(), "problem.identity.boundToCityOrDistrict", role, node.kind());
		}
		return node;
	}

	private List<TerritoryNode> buildings(NewUser user, TerritoryScope scope) {
		List<TerritoryNode> out = new ArrayList<>();
		for (String code : user.buildingCodes()) {
			out.add(territory.findByCode(code)
				.filter(n -> n.kind() == TerritoryKind.BUILDING && scope.contains(n))
				.orElseThrow(() -> new InvalidInputException("buildingCodes", "building " + code + " not found",
				"problem.identity.buildingNotFound", code)));
		}
		if (user.role() == Role.VOLUNTEER && out.isEmpty()) {
			throw new InvalidInputException("buildingCodes", "a volunteer serves at least one building",
					"problem.identity.volunteerBuildings");
		}
		return out;
	}

	private void requireHousehold(Long householdId, TerritoryScope scope) {
		if (!owners.householdWithin(householdId, scope)) {
			throw new InvalidInputException("householdId", "household " + householdId + " not found",
					"problem.identity.householdNotFound", String.valueOf(householdId));
		}
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new InvalidInputException("password", "the password needs at least " + MIN_PASSWORD + " characters",
					"problem.identity.passwordShort", String.valueOf(MIN_PASSWORD));
		}
	}
}

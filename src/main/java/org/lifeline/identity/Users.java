package org.lifeline.identity;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final List<AccountBindings> bindings;

	Users(UserRepository users, Territory territory, PasswordEncoder passwords, JdbcClient jdbc,
			List<AccountBindings> bindings) {
		this.users = users;
		this.territory = territory;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.bindings = List.copyOf(bindings);
	}

	/** Creates a user on behalf of a manager, who must manage the role and see what the user is bound to. */
	@Transactional
	public LifelineUser create(NewUser user, LifelineUser manager, TerritoryScope managerScope) {
		if (!manager.role().manages(user.role())) {
			throw new InvalidInputException("role", manager.role() + " cannot create " + user.role() + " users");
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
		return users.findWithin(scope).stream().map(UserRepository.StoredUser::user).toList();
	}

	/** The users within the scope with the state of their accounts, for the pages that manage them. */
	@Transactional(readOnly = true)
	public List<UserAccount> accountsWithin(TerritoryScope scope) {
		return users.findWithin(scope)
			.stream()
			.map(stored -> new UserAccount(stored.user(), stored.enabled(), stored.lockedUntil()))
			.toList();
	}

	@Transactional
	public void setEnabled(long id, boolean enabled, TerritoryScope managerScope) {
		managed(id, managerScope);
		users.setEnabled(id, enabled);
	}

	@Transactional
	public void resetPassword(long id, String password, TerritoryScope managerScope) {
		managed(id, managerScope);
		checkPassword(password);
		users.setPassword(id, passwords.encode(password));
	}

	private LifelineUser managed(long id, TerritoryScope scope) {
		return users.findWithin(scope)
			.stream()
			.map(UserRepository.StoredUser::user)
			.filter(u -> u.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("user", id));
	}

	private LifelineUser insert(NewUser user, TerritoryScope scope, String createdBy) {
		if (user.username() == null || !user.username().matches("[a-z0-9._-]{3,60}")) {
			throw new InvalidInputException("username", "username must be 3-60 lower-case letters, digits, '.', '_' or '-'");
		}
		if (user.role() == null) {
			throw new InvalidInputException("role", "role is required");
		}
		if (users.exists(user.username())) {
			throw new ConflictException("username " + user.username() + " is taken");
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
		if (role == Role.HOSPITAL_DESK) {
			requireBinding(user, "hospital", "hospitalCode", user.hospitalCode());
		}
		if (role == Role.SUPPLIER) {
			requireBinding(user, "supplier", "supplierId", user.supplierId());
		}
		if (user.territoryCode() == null) {
			if (role.boundTo() != null || role == Role.HOTLINE_OPERATOR) {
				throw new InvalidInputException("territoryCode", role + " users are bound to a territory node");
			}
			return null;
		}
		TerritoryNode node = territory.findByCode(user.territoryCode())
			.filter(scope::contains)
			.orElseThrow(() -> new InvalidInputException("territoryCode", "territory node " + user.territoryCode() + " not found"));
		boolean fits = role.boundTo() != null ? node.kind() == role.boundTo()
				: role != Role.HOTLINE_OPERATOR || node.kind() == TerritoryKind.CITY || node.kind() == TerritoryKind.DISTRICT;
		if (!fits) {
			throw new InvalidInputException("territoryCode", role + " users are bound to a "
					+ (role.boundTo() != null ? role.boundTo() : "CITY or DISTRICT") + ", not a " + node.kind());
		}
		return node;
	}

	private List<TerritoryNode> buildings(NewUser user, TerritoryScope scope) {
		List<TerritoryNode> out = new ArrayList<>();
		for (String code : user.buildingCodes()) {
			out.add(territory.findByCode(code)
				.filter(n -> n.kind() == TerritoryKind.BUILDING && scope.contains(n))
				.orElseThrow(() -> new InvalidInputException("buildingCodes", "building " + code + " not found")));
		}
		if (user.role() == Role.VOLUNTEER && out.isEmpty()) {
			throw new InvalidInputException("buildingCodes", "a volunteer serves at least one building");
		}
		return out;
	}

	private void requireHousehold(Long householdId, TerritoryScope scope) {
		boolean found = householdId != null && jdbc
			.sql("select count(*) from household_place h where h.id = ? and " + scope.condition("h", "id"))
			.param(householdId)
			.query(Long.class)
			.single() > 0;
		if (!found) {
			throw new InvalidInputException("householdId", "household " + householdId + " not found");
		}
	}

	private void requireBinding(NewUser user, String what, String field, Object key) {
		if (key == null || bindings.stream().noneMatch(b -> b.role() == user.role() && b.exists(user))) {
			throw new InvalidInputException(field, what + " " + key + " not found");
		}
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new InvalidInputException("password", "the password needs at least " + MIN_PASSWORD + " characters");
		}
	}
}

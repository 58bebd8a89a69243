package org.lifeline.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.role, u.territory_id, t.kind as territory_kind, t.code as territory_code,
			       u.household_id, u.hospital_code, u.supplier_id, u.password_hash, u.enabled, u.locked_until, u.failed_logins,
			       t.district_id, t.street_id, t.committee_id,
			       (select array_agg(vb.building_id) from volunteer_building vb where vb.user_id = u.id) as building_ids
			from app_user u left join territory_placement t on t.id = u.territory_id
			""";

	private final JdbcClient jdbc;

	private final SignInCache signIns;

	UserRepository(JdbcClient jdbc, SignInCache signIns) {
		this.jdbc = jdbc;
		this.signIns = signIns;
	}

	/** The account for a sign-in, possibly as remembered from a sign-in of the last seconds. */
	Optional<StoredUser> findForSignIn(String username) {
		return signIns.get(username, this::findByUsername);
	}

	Optional<StoredUser> findByUsername(String username) {
		return jdbc.sql(SELECT + " where u.username = ?").param(username).query(this::map).optional();
	}

	Optional<StoredUser> findById(long id) {
		return jdbc.sql(SELECT + " where u.id = ?").param(id).query(this::map).optional();
	}

	/**
	 * Users bound to a node within a manager's scope (a city, district, street or committee) and volunteers of
	 * its buildings. Other scopes manage nobody.
	 */
	List<StoredUser> findWithin(TerritoryScope scope) {
		if (!managesAccounts(scope)) {
			return List.of();
		}
		String where = scope.isEverything() ? "true" : scope.condition("t") + " or " + buildingCondition(scope);
		return jdbc.sql(SELECT + " where " + where + " order by u.role, u.username limit 1000")
			.query(this::map)
			.list();
	}

	/** The hospital desk and supplier accounts not bound to a territory node, whose owners a district may be. */
	List<StoredUser> findUnboundDesksAndSuppliers() {
		return jdbc.sql(SELECT + " where u.role in ('HOSPITAL_DESK', 'SUPPLIER') and u.territory_id is null"
				+ " order by u.role, u.username limit 1000")
			.query(this::map)
			.list();
	}

	private static boolean managesAccounts(TerritoryScope scope) {
		return switch (scope.level()) {
			case CITY, DISTRICT, STREET, COMMITTEE -> true;
			default -> false;
		};
	}

	private static String buildingCondition(TerritoryScope scope) {
		return "u.id in (select vb.user_id from volunteer_building vb join territory_placement b on b.id = vb.building_id where "
				+ scope.condition("b") + ")";
	}

	List<Long> idsBoundTo(Role role, long territoryId) {
		return jdbc.sql("select id from app_user where role = ? and territory_id = ? and enabled order by id")
			.params(role.name(), territoryId)
			.query(Long.class)
			.list();
	}

	long insert(NewUser user, String passwordHash, Long territoryId, String createdBy) {
		return jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role, territory_id, household_id,
				    hospital_code, supplier_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(user.username(), user.displayName(), passwordHash, user.role().name(), territoryId,
					user.householdId(), user.hospitalCode(), user.supplierId(), createdBy)
			.query(Long.class)
			.single();
	}

	void addBuilding(long userId, long buildingId) {
		signIns.forgetAll();
		jdbc.sql("insert into volunteer_building (user_id, building_id) values (?, ?) on conflict do nothing")
			.params(userId, buildingId)
			.update();
	}

	void setEnabled(long id, boolean enabled) {
		signIns.forgetAll();
		jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
	}

	void setPassword(long id, String hash) {
		signIns.forgetAll();
		jdbc.sql("update app_user set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
			.params(hash, id)
			.update();
	}

	/** Counts a failed sign-in; the fifth in a row locks the account until the given time. */
	void recordFailure(String username, int limit, Instant lockUntil) {
		signIns.forgetAll();
		jdbc.sql("""
				update app_user set failed_logins = failed_logins + 1,
				    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
				where username = ?""")
			.params(limit, java.sql.Timestamp.from(lockUntil), username)
			.update();
	}

	void recordSuccess(String username) {
		signIns.forgetAll();
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ? and failed_logins > 0")
			.param(username)
			.update();
	}

	java.util.Optional<String> displayName(String username) {
		return jdbc.sql("select display_name from app_user where username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	boolean exists(String username) {
		return jdbc.sql("select exists (select 1 from app_user where username = ?)")
			.param(username)
			.query(Boolean.class)
			.single();
	}

	private static Set<Long> buildingIds(java.sql.Array array) throws SQLException {
		return array == null ? Set.of() : Set.of((Long[]) array.getArray());
	}

	private StoredUser map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Role role = Role.valueOf(rs.getString("role"));
		LifelineUser user = new LifelineUser(id, rs.getString("username"), rs.getString("display_name"), role,
				rs.getObject("territory_id", Long.class),
				rs.getString("territory_kind") == null ? null : TerritoryKind.valueOf(rs.getString("territory_kind")),
				rs.getString("territory_code"),
				rs.getObject("household_id", Long.class), rs.getString("hospital_code"),
				rs.getObject("supplier_id", Long.class), buildingIds(rs.getArray("building_ids")));
		java.sql.Timestamp locked = rs.getTimestamp("locked_until");
		return new StoredUser(user, rs.getString("password_hash"), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant(), rs.getInt("failed_logins"));
	}

	/** A user as stored, with what sign-in needs. */
	record StoredUser(LifelineUser user, String passwordHash, boolean enabled, Instant lockedUntil,
			int failedLogins) {
	}
}

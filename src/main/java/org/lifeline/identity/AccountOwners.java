package org.lifeline.identity;

import java.util.Optional;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who owns the hospitals and suppliers that desk and supplier accounts are bound to: a hospital its district, a
 * supplier the district that put it on the whitelist (none: the city's whitelist). Only the owner, or the city,
 * creates and disables those accounts.
 */
@Repository
class AccountOwners {

	private final JdbcClient jdbc;

	AccountOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The owner of the hospital with this code; empty when there is no such hospital. */
	Optional<Owner> hospital(String code) {
		return code == null ? Optional.empty()
				: jdbc.sql("select district_id from hospital where code = ?")
					.param(code)
					.query((rs, n) -> new Owner(rs.getObject(1, Long.class)))
					.optional();
	}

	/** The owner of the supplier; empty when there is no such supplier. */
	Optional<Owner> supplier(Long id) {
		return id == null ? Optional.empty()
				: jdbc.sql("select district_id from supplier where id = ?")
					.param(id)
					.query((rs, n) -> new Owner(rs.getObject(1, Long.class)))
					.optional();
	}

	/** Whether the household lies within the scope. */
	boolean householdWithin(Long householdId, TerritoryScope scope) {
		return householdId != null && jdbc
			.sql("select count(*) from household h where h.id = ? and " + scope.condition("h", "id"))
			.param(householdId)
			.query(Long.class)
			.single() > 0;
	}

	/** A hospital's or supplier's owning district; null for the city. */
	record Owner(Long districtId) {

		/** Whether a manager with this scope owns it: the city everything, a district what lies in it. */
		boolean within(TerritoryScope scope) {
			return scope.isEverything()
					|| (scope.level() == TerritoryScope.Level.DISTRICT && districtId != null && districtId == scope.nodeId());
		}
	}
}

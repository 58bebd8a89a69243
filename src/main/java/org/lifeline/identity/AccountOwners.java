package org.lifeline.identity;

import java.util.List;
import java.util.Optional;

import org.lifeline.identity.AccountBindings.Owner;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who owns the hospitals and suppliers that desk and supplier accounts are bound to: a hospital its district, a
 * supplier the district that put it on the whitelist (none: the city's whitelist). Only the owner, or the city,
 * creates and disables those accounts. Medical and supplies answer through {@link AccountBindings}; households
 * are read through residents' published view {@code household_place}.
 */
@Component
class AccountOwners {

	private final JdbcClient jdbc;

	private final List<AccountBindings> bindings;

	AccountOwners(JdbcClient jdbc, List<AccountBindings> bindings) {
		this.jdbc = jdbc;
		this.bindings = List.copyOf(bindings);
	}

	/** The owner of the hospital with this code; empty when there is no such hospital. */
	Optional<Owner> hospital(String code) {
		return code == null ? Optional.empty() : ownerOf(Role.HOSPITAL_DESK, code, null);
	}

	/** The owner of the supplier; empty when there is no such supplier. */
	Optional<Owner> supplier(Long id) {
		return id == null ? Optional.empty() : ownerOf(Role.SUPPLIER, null, id);
	}

	/** Whether the household lies within the scope. */
	boolean householdWithin(Long householdId, TerritoryScope scope) {
		return householdId != null && jdbc
			.sql("select count(*) from household_place h where h.id = ? and " + scope.condition("h", "id"))
			.param(householdId)
			.query(Long.class)
			.single() > 0;
	}

	private Optional<Owner> ownerOf(Role role, String hospitalCode, Long supplierId) {
		return bindings.stream()
			.filter(b -> b.role() == role)
			.map(b -> b.ownerOf(hospitalCode, supplierId))
			.flatMap(Optional::stream)
			.findFirst();
	}
}

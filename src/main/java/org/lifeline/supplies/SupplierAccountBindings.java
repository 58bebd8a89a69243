package org.lifeline.supplies;

import java.util.Optional;

import org.lifeline.identity.AccountBindings;
import org.lifeline.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells identity which district approved the supplier a supplier account names (none: the city). */
@Component
class SupplierAccountBindings implements AccountBindings {

	private final JdbcClient jdbc;

	SupplierAccountBindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Role role() {
		return Role.SUPPLIER;
	}

	@Override
	public Optional<Owner> ownerOf(String hospitalCode, Long supplierId) {
		return supplierId == null ? Optional.empty()
				: jdbc.sql("select district_id from supplier where id = ?")
					.param(supplierId)
					.query((rs, n) -> new Owner(rs.getObject(1, Long.class)))
					.optional();
	}
}

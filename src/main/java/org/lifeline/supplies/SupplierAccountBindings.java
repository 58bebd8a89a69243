package org.lifeline.supplies;

import org.lifeline.identity.AccountBindings;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells identity whether the supplier a new supplier account names exists. */
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
	public boolean exists(NewUser user) {
		return user.supplierId() != null && jdbc.sql("select count(*) from supplier where id = ?")
			.param(user.supplierId())
			.query(Long.class)
			.single() > 0;
	}
}

package org.lifeline.medical;

import org.lifeline.identity.AccountBindings;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells identity whether the hospital a new hospital desk account names exists. */
@Component
class HospitalDeskBindings implements AccountBindings {

	private final JdbcClient jdbc;

	HospitalDeskBindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Role role() {
		return Role.HOSPITAL_DESK;
	}

	@Override
	public boolean exists(NewUser user) {
		return user.hospitalCode() != null && jdbc.sql("select count(*) from hospital where code = ?")
			.param(user.hospitalCode())
			.query(Long.class)
			.single() > 0;
	}
}

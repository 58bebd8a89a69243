package org.lifeline.medical.hospitals;

import java.util.Optional;

import org.lifeline.identity.AccountBindings;
import org.lifeline.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells identity which district owns the hospital a hospital desk account names. */
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
	public Optional<Owner> ownerOf(String hospitalCode, Long supplierId) {
		return hospitalCode == null ? Optional.empty()
				: jdbc.sql("select district_id from hospital where code = ?")
					.param(hospitalCode)
					.query((rs, n) -> new Owner(rs.getObject(1, Long.class)))
					.optional();
	}
}

package org.lifeline.isolation;

import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.identity.LifelineUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.testing.TestCity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** A hospital of medical's for one test district, codes with a random suffix, and signing in as a test user. */
final class IsolationTestData {

	final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

	private final JdbcClient jdbc;

	IsolationTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A hospital as medical keeps it (medical's tests add theirs the same way). */
	String hospital(TerritoryNode district, String name) {
		String code = "IH" + suffix + Math.abs(name.hashCode() % 100);
		jdbc.sql("insert into hospital (code, name, district_id, kinds, address, lat, lon) values (?, ?, ?, '{DESIGNATED_SEALED}'::text[], ?, ?, ?)")
			.params(code, name, district.id(), name + "路1号", 31.25, 121.45)
			.update();
		return code;
	}

	String code(String prefix) {
		return prefix + suffix;
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}

package org.lifeline.isolation;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.identity.LifelineUser;
import org.lifeline.medical.HospitalAccess;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.NewHospital;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.testing.TestCity;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * A hospital of medical's for one test district, registered through medical's use case as the city registers one;
 * codes with a random suffix; signing in as a test user.
 */
final class IsolationTestData {

	final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

	private final Hospitals hospitals;

	IsolationTestData(Hospitals hospitals) {
		this.hospitals = hospitals;
	}

	/** A designated hospital for sealed zones in the district. */
	String hospital(TerritoryNode district, String name) {
		String code = "IH" + suffix + Math.abs(name.hashCode() % 100);
		return hospitals.register(new NewHospital(code, name, district.code(), name + "路1号", 31.25, 121.45,
				List.of("DESIGNATED_SEALED"), null, null), HospitalAccess.city(), "test").code();
	}

	String code(String prefix) {
		return prefix + suffix;
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}

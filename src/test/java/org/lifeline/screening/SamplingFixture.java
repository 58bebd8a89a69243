package org.lifeline.screening;

import java.time.LocalDate;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;

/**
 * A street of its own for sampling tests: two compounds with residents, a street task force that plans, a sampler on
 * the street, the first compound's committee staff, and a resident account for the first household.
 */
final class SamplingFixture {

	final TestCity city;

	final LifelineUser planner;

	final LifelineUser sampler;

	final LifelineUser committee;

	final ResidentView elder;

	final ResidentView bedBound;

	final LifelineUser elderAccount;

	final java.util.List<ResidentView> neighbours = new java.util.ArrayList<>();

	final ResidentView other;

	SamplingFixture(Territory territory, ResidentRegistry residents, Users users) {
		city = new TestCity(territory, residents, users);
		planner = city.user(Role.STREET_TASK_FORCE, city.street);
		sampler = city.user(Role.SAMPLER, city.street);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		elder = city.resident(city.compound, "101", "王秀英");
		bedBound = city.resident(city.compound, "102", "李建国", VulnerabilityTag.SERIOUSLY_ILL);
		for (int i = 0; i < 6; i++) {
			neighbours.add(city.resident(city.compound, "2" + (10 + i), "邻居" + i));
		}
		other = city.resident(city.otherCompound, "301", "张伟");
		elderAccount = city.resident(elder.householdId());
	}

	String roundJson(LocalDate date, String extra) {
		return "{\"territoryCode\": \"" + city.street.code() + "\", \"date\": \"" + date + "\"" + extra + "}";
	}
}

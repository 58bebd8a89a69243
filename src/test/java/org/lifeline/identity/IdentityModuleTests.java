package org.lifeline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Identity with the territory it binds accounts to: district command creates a hospital desk account for a
 * hospital its district owns, and reaches that account from then on; a hospital of another district is refused
 * naming the field. Medical, which knows the hospitals, is left out: a stand-in {@link AccountBindings} owns two
 * hospitals, one in each test district. Identity publishes no events; the scenario waits for the account.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class IdentityModuleTests {

	static TestCity home;

	static TestCity elsewhere;

	/** Stands in for medical: hospital HOME belongs to the first test district, AWAY to the second. */
	@TestConfiguration
	static class TwoHospitals {

		@Bean
		AccountBindings hospitals() {
			return new AccountBindings() {

				@Override
				public Role role() {
					return Role.HOSPITAL_DESK;
				}

				@Override
				public Optional<Owner> ownerOf(String hospitalCode, Long supplierId) {
					return switch (String.valueOf(hospitalCode)) {
						case "HOME" -> Optional.of(new Owner(home.district.id()));
						case "AWAY" -> Optional.of(new Owner(elsewhere.district.id()));
						default -> Optional.empty();
					};
				}
			};
		}
	}

	@Autowired
	Users users;

	@Autowired
	Territory territory;

	@Test
	void aDistrictCreatesDeskAccountsOnlyForItsOwnHospitals(Scenario scenario) {
		home = new TestCity(territory, null, users);
		elsewhere = new TestCity(territory, null, users);
		LifelineUser district = home.user(Role.DISTRICT_COMMAND, home.district);
		String username = "desk-" + district.username();
		scenario.stimulate(() -> users.create(new NewUser(username, "接诊台", TestCity.PASSWORD, Role.HOSPITAL_DESK, null,
				List.of(), null, "HOME", null), district, home.district.scope()))
			.andWaitForStateChange(() -> users.within(home.district.scope()),
					reached -> reached.stream().anyMatch(u -> u.username().equals(username)))
			.andVerify((reached, desk) -> {
				assertThat(desk.hospitalCode()).isEqualTo("HOME");
				assertThat(users.within(elsewhere.district.scope())).extracting(LifelineUser::username)
					.doesNotContain(username);
			});
		assertThatThrownBy(() -> users.create(new NewUser("away-" + username, "外区", TestCity.PASSWORD,
				Role.HOSPITAL_DESK, null, List.of(), null, "AWAY", null), district, home.district.scope()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("hospitalCode"));
	}
}

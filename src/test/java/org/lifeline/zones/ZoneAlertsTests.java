package org.lifeline.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Notification;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** A compound's committee hears when the district moves the compound to another zone, and why. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@ActiveProfiles("test")
@EnableScenarios
class ZoneAlertsTests {

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Zoning zoning;

	@Autowired
	Notifications notifications;

	@Test
	void theCommitteeIsToldItsCompoundIsSealed(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		String link = "/zones/" + city.compound.code();

		scenario.stimulate(() -> zoning.setZone(city.compound.code(), Zone.SEALED, "楼内新增阳性", district.username(),
				city.district.scope()))
			.andWaitForStateChange(() -> about(committee.id(), link), alerts -> !alerts.isEmpty())
			.andVerify(alerts -> assertThat(alerts).singleElement().satisfies(n -> {
				assertThat(n.text()).contains(city.compound.code()).contains("Sealed").contains("楼内新增阳性");
			}));
	}

	private List<Notification> about(long userId, String link) {
		return notifications.of(userId, false, 20).stream().filter(n -> link.equals(n.link())).toList();
	}
}

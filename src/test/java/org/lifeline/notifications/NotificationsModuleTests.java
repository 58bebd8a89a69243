package org.lifeline.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.requests.RequestAssigned;
import org.lifeline.requests.RequestCategory;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Notifications with the modules it addresses and reads (territory, identity, residents, requests), without the
 * many modules whose events it turns into alerts: work given to a committee member (requests' event, published
 * here by the test) reaches that member's notifications with a link to the request, unread.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE,
		extraIncludes = { "database", "territory", "identity", "residents", "requests" })
@ActiveProfiles("test")
@DirtiesContext
class NotificationsModuleTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Territory territory;

	@Autowired
	Users users;

	@Test
	void workAssignedToAMemberReachesTheirNotifications(Scenario scenario) {
		TestCity city = new TestCity(territory, null, users);
		LifelineUser staff = city.user(Role.COMMITTEE_STAFF, city.committee);
		scenario.publish(new RequestAssigned(880_001L, RequestCategory.FOOD, staff.id(), staff.username()))
			.andWaitForStateChange(() -> notifications.of(staff.id(), true, 10), unread -> !unread.isEmpty())
			.andVerify(unread -> {
				assertThat(unread).singleElement().satisfies(n -> assertThat(n.link()).isEqualTo("/requests/880001"));
				assertThat(notifications.unreadCount(staff.id())).isEqualTo(1);
			});
	}
}

package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's working day of care in headless Chromium: the volunteer's phone home leads with the day's task list
 * and the door visit is ticked off on the task page; the committee marks a check-in fine with one tap and sees
 * its volunteer register with the buildings nobody covers today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lifeline.care.jobs.enabled=false")
@ActiveProfiles("test")
class CareBrowserTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theVolunteerTicksOffTheDoorVisitOnThePhone() throws Exception {
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("volunteer-tasks", () -> {
				phone.signIn("volunteer", "demo");
				phone.find("#home-volunteer #volunteer-tasks");
				phone.open("/volunteers/tasks");
				assertThat(phone.has("#tasks-test-stale")).isFalse();
				phone.click("[data-test^='done-DOOR_VISIT-']");
				phone.find("#tasks-done");
				assertThat(phone.has("[data-test^='done-DOOR_VISIT-']")).isFalse();
				assertThat(phone.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
			});
		}
	}

	@Test
	void theCommitteeMarksACheckInFineAndSeesItsRegister() throws Exception {
		try (Browser browser = new Browser("http://localhost:" + port, 1280, 800)) {
			browser.run("committee-care", () -> {
				browser.signIn("committee", "demo");
				browser.open("/care");
				browser.find("#care-list [data-status='OVERDUE']");
				browser.click("[data-test^='fine-']");
				browser.find("#care-done");
				browser.open("/volunteers");
				browser.find("#volunteers-table");
				assertThat(browser.find("#volunteers-uncovered").getAttribute("data-count")).isNotEqualTo("0");
			});
		}
	}
}

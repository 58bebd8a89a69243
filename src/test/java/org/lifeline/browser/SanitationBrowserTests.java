package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo committee's disinfection page on a 360 px phone in headless Chromium: reached from the navigation, a
 * round recorded for the ticked points, the terminal disinfection marked done after confirming, all without sideways
 * scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lifeline.care.jobs.enabled=false")
@ActiveProfiles("test")
class SanitationBrowserTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theCommitteeRecordsARoundAndFinishesTheTerminalDisinfectionOnThePhone() throws Exception {
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("committee-sanitation", () -> {
				phone.signIn("committee", "demo");
				assertThat(phone.has("#nav-sanitation")).isTrue();
				phone.open("/sanitation");
				phone.find("#sanitation-points");
				assertThat(phone.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
				if (!phone.has("input[name=pointIds]:checked")) {
					phone.click("[data-test^='tick-']");
				}
				phone.find("#round-agent").sendKeys("含氯消毒剂 500mg/L");
				phone.click("#round-submit");
				phone.find("#sanitation-done");

				phone.find("#sanitation-terminal li[data-test^='terminal-'] input[name=agent]").sendKeys("过氧乙酸");
				phone.click("[data-test^='terminal-done-']");
				assertThat(phone.confirm(true)).isNotBlank();
				assertThat(phone.find("#sanitation-done").getAttribute("data-done")).isEqualTo("terminalDone");

				assertThat(phone.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
			});
		}
	}
}

package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo driver works the next trip on a 360 px phone with one tap per step; the demo hospital desk hands a
 * patient back for the return leg, and closes and reopens its hospital. A failing test leaves a screenshot in
 * target/browser-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TransferPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theDriverTapsTheNextStepOfTheNextTripOnHisPhone() throws Exception {
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("driver-taps-step", () -> {
				phone.signIn("driver", "demo");
				WebElement next = phone.find("#home-service #driver-next");
				String trip = next.getAttribute("data-trip");
				String before = next.getAttribute("data-status");
				assertThat(phone.find("#driver-address").getText()).isNotBlank();
				assertThat(phone.find("#driver-needs").getText()).isNotBlank();
				assertThat(phone.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
				WebElement button = phone.find("#driver-steps button");
				String to = button.getAttribute("id").substring("step-".length());
				button.click();
				phone.find("#step-done");
				String now = jdbc.sql("select status from trip where id = ?").param(Long.parseLong(trip))
					.query(String.class).single();
				assertThat(now).isEqualTo(to).isNotEqualTo(before);
				phone.open("/driver");
				phone.find("#driver-page #driver-board");
				assertThat(phone.scrollWidth()).as("driver page width at 360 px").isLessThanOrEqualTo(360);
			});
		}
	}

	@Test
	void theHospitalDeskHandsAPatientBackAndClosesAndReopensItsHospital() throws Exception {
		try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
			browser.run("desk-hands-back", () -> {
				browser.signIn("hospital", "demo");
				browser.find("#home-service #desk-board");
				for (WebElement badge : browser.driver().findElements(By.cssSelector(".ll-trip-status"))) {
					assertThat(badge.getCssValue("background-color")).as("status badge readable")
						.isNotEqualTo("rgba(0, 0, 0, 0)");
					assertThat(badge.getText()).isNotBlank();
				}
				WebElement here = browser.find("#desk-here tr[data-status='AT_HOSPITAL']");
				String trip = here.getAttribute("data-trip");
				browser.find("#desk-RETURNING-" + trip).click();
				browser.find("#step-done");
				browser.find("#desk-done tr[data-trip='" + trip + "'][data-status='RETURNING']");

				browser.open("/hospital-desk");
				browser.find("#desk-reason").sendKeys("消杀");
				browser.find("#desk-toggle").click();
				assertThat(browser.confirm(false)).isNotBlank();
				browser.find("#desk-open[data-open='true']");
				browser.find("#desk-toggle").click();
				browser.confirm(true);
				browser.find("#desk-open[data-open='false']");
				browser.find("#desk-toggle").click();
				browser.find("#desk-open[data-open='true']");
				new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
					.until(d -> !d.findElements(By.id("step-done")).isEmpty());
			});
		}
	}
}

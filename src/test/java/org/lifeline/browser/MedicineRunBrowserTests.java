package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Medicine runs in headless Chromium on the demo city: the volunteer checks off doors of today's batch on a 360 px
 * phone (one delivered, one not home, which comes back as a request), and the hospital desk marks tomorrow's batch
 * line by line (an out-of-stock mark needs a note) and sends it to the committee. A failing test leaves a
 * screenshot in target/browser-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MedicineRunBrowserTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theVolunteerChecksOffDoorsOnHerPhone() throws Exception {
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("medicine-volunteer", () -> {
				phone.signIn("volunteer", "demo");
				phone.open("/medicine");
				phone.find("#medicine-page[data-role='VOLUNTEER']");
				assertThat(phone.has("#medicine-build")).as("volunteers do not build batches").isFalse();
				phone.find("[data-test^='batch-'][data-status='RECEIVED'] a").click();
				phone.find("#batch-page[data-status='RECEIVED']");
				assertThat(phone.scrollWidth()).as("batch page width at 360 px").isLessThanOrEqualTo(360);
				submit(phone, "[id^='door-delivered-']");
				phone.find("#step-done");
				phone.find("[data-test^='door-'][data-outcome='DELIVERED']");
				click(phone, "[id^='door-problem-']");
				phone.find("[data-test^='door-'][data-outcome='PENDING'] input[name='note']").sendKeys("敲门无人应答");
				submit(phone, "[data-test^='door-'][data-outcome='PENDING'] [id^='door-NOT_HOME-']");
				phone.find("#step-done");
				phone.find("[data-test^='door-'][data-outcome='NOT_HOME']");
				click(phone, "[id^='door-request-']");
				phone.find("#request-page[data-status='NEW']");
				assertThat(phone.find("#request-description").getText()).contains("敲门无人应答");
				assertThat(phone.scrollWidth()).as("request page width at 360 px").isLessThanOrEqualTo(360);
			});
		}
	}

	@Test
	void theHospitalDeskPreparesTomorrowsBatchAndSendsIt() throws Exception {
		try (Browser desk = new Browser("http://localhost:" + port, 1280, 900)) {
			desk.run("medicine-hospital", () -> {
				desk.signIn("hospital", "demo");
				desk.find("#nav-medicine").click();
				desk.find("[data-test^='batch-'][data-status='REQUESTED'] a").click();
				desk.find("#batch-page[data-status='REQUESTED']");
				assertThat(desk.find("#batch-ready").isEnabled()).as("nothing marked yet").isFalse();
				submit(desk, "[data-status='PENDING'] [id^='line-missing-']");
				desk.find("#step-problem");
				desk.find("[data-status='PENDING'] input[name='note']").sendKeys("本周缺货");
				submit(desk, "[data-status='PENDING'] [id^='line-missing-']");
				desk.find("#batch-page[data-status='PREPARING']");
				desk.find("[data-test^='line-'][data-status='OUT_OF_STOCK']");
				for (int i = 0; i < 200 && desk.has("[data-status='PENDING'] [id^='line-ready-']"); i++) {
					submit(desk, "[data-status='PENDING'] [id^='line-ready-']");
					desk.find("#step-done");
				}
				submit(desk, "#batch-ready");
				desk.find("#batch-page[data-status='READY']");
				assertThat(desk.find("#batch-timeline").getText()).as("the history names people, not usernames").contains("医院接诊台");
				assertThat(desk.has("[id^='line-ready-']")).as("a sent batch cannot change").isFalse();
			});
		}
	}

	/** Brings an element to the middle of the screen and clicks it. */
	private static WebElement click(Browser browser, String css) {
		WebElement element = browser.find(css);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
		return element;
	}

	/** Clicks a submit button and waits for the page it leads to. */
	private static void submit(Browser browser, String css) {
		WebElement button = click(browser, css);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
	}
}

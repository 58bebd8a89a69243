package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every demo role signs in through the real login page in headless Chromium and finds its home page; the phone
 * roles get a 360 px screen without sideways scrolling; committee staff are refused a committee that is not
 * theirs; a resident files for food on her phone and the committee acknowledges it from its queue. A failing test
 * leaves a screenshot in target/browser-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RolePagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@ParameterizedTest(name = "{0} signs in and sees their home page")
	@CsvSource({ "city, 1280, home-command", "district, 1280, home-command", "street, 1280, home-command",
			"committee, 1280, home-command", "hotline, 1280, home-hotline", "volunteer, 360, home-volunteer",
			"driver, 360, home-service", "hospital, 1280, home-service", "supplier, 1280, home-service",
			"lab, 1280, home-service", "resident, 360, home-resident", "sampler, 360, home-service" })
	void roleSeesItsHomePage(String username, int width, String home) throws Exception {
		try (Browser browser = new Browser("http://localhost:" + port, width, 800)) {
			browser.run("home-" + username, () -> {
				browser.signIn(username, "demo");
				browser.find("#" + home);
				assertThat(browser.find("#current-user-name").getAttribute("textContent")).isNotBlank();
				assertThat(browser.text()).doesNotContain("Exception").doesNotContain("Whitelabel");
				if (width <= 360) {
					assertThat(browser.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
				}
			});
		}
	}

	@Test
	void committeeIsRefusedAnotherCommittee() throws Exception {
		String other = jdbc.sql("""
				select o.code from app_user u join territory_node c on c.id = u.territory_id
				join territory_node o on o.parent_id = c.parent_id and o.id <> c.id
				where u.username = 'committee' order by o.code limit 1""").query(String.class).single();
		try (Browser browser = new Browser("http://localhost:" + port, 1280, 800)) {
			browser.run("committee-refused", () -> {
				browser.signIn("committee", "demo");
				browser.open("/territory/" + other);
				browser.find("#error-page[data-status='404']");
			});
		}
	}

	@Test
	void aResidentFilesForFoodOnHerPhoneAndTheCommitteeAcknowledgesIt() throws Exception {
		String[] id = new String[1];
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("resident-files-food", () -> {
				phone.signIn("resident", "demo");
				phone.find("#home-file-request").click();
				phone.find("label[for='category-FOOD']").click();
				phone.find("#filing-description").sendKeys("家里米和蔬菜都吃完了");
				phone.find("#filing-submit").click();
				id[0] = phone.find("#request-filed-page").getAttribute("data-id");
				phone.find("#filed-ok");
				assertThat(phone.scrollWidth()).as("outcome width at 360 px").isLessThanOrEqualTo(360);
				phone.find("#filed-mine").click();
				phone.find("[data-test='my-request-" + id[0] + "'][data-status='NEW']");
				assertThat(phone.scrollWidth()).as("my requests width at 360 px").isLessThanOrEqualTo(360);
			});
		}
		try (Browser desk = new Browser("http://localhost:" + port, 1280, 800)) {
			desk.run("committee-acknowledges", () -> {
				desk.signIn("committee", "demo");
				desk.find("#nav-requests").click();
				desk.find("#queue-open-" + id[0]).click();
				desk.find("#request-acknowledge").click();
				desk.find("#request-page[data-status='ACKNOWLEDGED']");
				desk.find("#step-done");
				assertThat(desk.find("#request-timeline").getText()).as("the history names people, not usernames").contains("居委工作人员");
			});
		}
	}
}

package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 12345 operator takes calls on the demo city: a registered caller's medical need is filed and routed from the
 * phone box (no resident number typed, no need chosen for them), and a caller the registry does not know is
 * filed for with what they say, landing on the committee's queue to be matched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HotlineBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void aCallersMedicalNeedIsRoutedFromThePhoneBox() throws Exception {
		Map<String, Object> caller = jdbc.sql("""
				select r.phone, r.name from resident r join app_user u on u.username = 'hotline'
				where r.district_id = u.territory_id and r.phone is not null
				  and not exists (select 1 from service_request s where s.household_id = r.household_id
				                  and s.category = 'MEDICAL' and s.status not in ('RESOLVED', 'CLOSED'))
				order by r.id limit 1""").query().singleRow();
		try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
			browser.run("hotline-medical", () -> {
				browser.signIn("hotline", "demo");
				browser.find("#caller-phone").sendKeys((String) caller.get("phone"));
				browser.click("#caller-submit");
				browser.find("#hotline-open");
				assertThat(browser.has("#hotline-medical")).isTrue();
				assertThat(browser.find("#hotline-medical").isDisplayed()).as("need hidden until MEDICAL").isFalse();
				new Select(browser.find("#hotline-category")).selectByValue("MEDICAL");
				assertThat(browser.find("#hotline-medical").isDisplayed()).isTrue();
				assertThat(browser.driver().findElements(By.cssSelector("#hotline-medical input[name=need]:checked")))
					.as("no need chosen for the operator").isEmpty();
				browser.find("#hotline-description").sendKeys("发烧两天，想去医院");
				browser.click("#hotline-submit");
				assertThat(browser.find("#hotline-problem").getAttribute("data-problem")).isEqualTo("need");
				new Select(browser.find("#hotline-category")).selectByValue("MEDICAL");
				browser.click("#hotline-need-FEVER");
				browser.click("#hotline-submit");
				String mode = browser.find("#hotline-medical-answer").getAttribute("data-mode");
				assertThat(mode).isIn("TRANSFER", "SELF", "CALL_120");
				assertThat(browser.find("#hotline-medical-explanation").getText()).isNotBlank();
				String requestId = browser.find("#hotline-filed").getAttribute("data-id");
				assertThat(browser.find("#hotline-open [data-test='open-" + requestId + "']").getAttribute("data-category"))
					.as("the new request is among the caller's open ones").isEqualTo("MEDICAL");
			});
		}
	}

	@Test
	void aCallerNotInTheRegistryIsFiledForAndWaitsOnTheCommitteesQueue() throws Exception {
		Map<String, Object> compound = jdbc.sql("""
				select c.name from territory_node c join app_user u on u.username = 'committee'
				where c.kind = 'COMPOUND' and c.committee_id = u.territory_id order by c.code limit 1""")
			.query()
			.singleRow();
		String[] id = new String[1];
		try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
			browser.run("hotline-unregistered", () -> {
				browser.signIn("hotline", "demo");
				browser.open("/hotline?phone=13700001111");
				browser.find("#hotline-none");
				browser.find("#unregistered-name").sendKeys("马建国");
				browser.find("#unregistered-address").sendKeys("3号楼502室");
				browser.find("#unregistered-compound-search").sendKeys((String) compound.get("name"));
				browser.find("#unregistered-compound option[value]:not([value=''])");
				new Select(browser.find("#unregistered-compound")).selectByIndex(1);
				new Select(browser.find("#unregistered-category")).selectByValue("FOOD");
				browser.find("#unregistered-description").sendKeys("独居老人，家里没有米了");
				browser.click("#unregistered-submit");
				id[0] = browser.find("#hotline-filed").getAttribute("data-id");
				browser.find("#hotline-open [data-test='open-" + id[0] + "']");
			});
		}
		try (Browser browser = new Browser("http://localhost:" + port, 360, 800)) {
			browser.run("committee-to-match", () -> {
				browser.signIn("committee", "demo");
				browser.open("/requests");
				browser.find("#queue-to-match [data-test='to-match-" + id[0] + "']");
				assertThat(browser.find("#queue-to-match").getText()).contains("马建国").contains("13700001111");
			});
		}
	}
}

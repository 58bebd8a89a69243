package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.lifeline.requests.Channel;
import org.lifeline.requests.RequestDraft;
import org.lifeline.requests.EmergencyFiled;
import org.lifeline.requests.NewRequest;
import org.lifeline.requests.RequestIntake;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.Publications;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.lifeline.requests.Routing;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 12345 operator takes calls on the demo city: a registered caller's medical need is filed and routed from the
 * phone box (no resident number typed, no need chosen for them), and a caller the registry does not know is
 * filed for with what they say, landing on the committee's queue, where the clerk finds them among the
 * committee's residents on a phone and matches them (in Chinese and in English).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HotlineBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestIntake intake;

	@Autowired
	Territory territory;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theStreetCallsThePatientOfACriticalAlertFromThePhone() throws Exception {
		Map<String, Object> patient = jdbc.sql("""
				select r.id, r.name, r.phone from resident r join app_user u on u.username = 'street'
				where r.street_id = u.territory_id and r.phone is not null order by r.id desc limit 1""").query().singleRow();
		long id = intake.file(new NewRequest(((Number) patient.get("id")).longValue(), "MEDICAL", "胸口剧痛，喘不上气", true,
				null), Channel.HOTLINE, TerritoryScope.everything(), "hotline").id();
		try (Browser browser = new Browser("http://localhost:" + port, 360, 800)) {
			browser.run("street-alert", () -> {
				new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
					.until(d -> Publications.handled(jdbc, EmergencyFiled.class, "\"requestId\":" + id));
				browser.signIn("street", "demo");
				browser.open("/notifications");
				WebElement call = browser.find("#notifications a[href='tel:" + patient.get("phone") + "']");
				assertThat(call.getText()).contains((String) patient.get("phone"));
				assertThat(browser.find("#notifications").getText()).contains((String) patient.get("name"));
				assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);
				browser.screenshot("street-alert-zh");
				browser.open("/notifications?lang=en");
				assertThat(browser.find("#notifications a[href='tel:" + patient.get("phone") + "']").getText())
					.startsWith("Call");
				browser.screenshot("street-alert-en");
			});
		}
	}

	/** A resident of the demo committee's area, as the clerk would find them. */
	private Map<String, Object> committeeResident() {
		return jdbc.sql("""
				select r.id, r.name from resident r join app_user u on u.username = 'committee'
				where r.committee_id = u.territory_id order by r.id limit 1""").query().singleRow();
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
		Map<String, Object> resident = committeeResident();
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
				browser.click("#queue-to-match [data-test='to-match-" + id[0] + "']");
				browser.find("#request-match");
				browser.find("#match-search").sendKeys((String) resident.get("name"));
				browser.find("#match-candidates [data-test='match-" + resident.get("id") + "']");
				assertThat(browser.scrollWidth()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
				browser.screenshot("committee-match-zh");
				browser.click("#match-pick-" + resident.get("id"));
				assertThat(browser.confirm(true)).contains((String) resident.get("name"));
				assertThat(browser.find("#step-done").getAttribute("data-done")).isEqualTo("matched");
				assertThat(browser.find("#request-for").getText()).as("the caller's words are kept").isEqualTo("马建国");
				assertThat(browser.find("#request-timeline [data-test='step-MATCHED']").getText())
					.contains((String) resident.get("name"));
				assertThat(browser.has("#request-match")).isFalse();
				browser.screenshot("committee-matched-zh");
				browser.open("/requests");
				assertThat(browser.has("#queue-to-match [data-test='to-match-" + id[0] + "']")).isFalse();
			});
		}
	}

	@Test
	void theCommitteeMatchesACallerInEnglish() throws Exception {
		long compound = jdbc.sql("""
				select c.id from territory_node c join app_user u on u.username = 'committee'
				where c.kind = 'COMPOUND' and c.committee_id = u.territory_id order by c.code limit 1""")
			.query(Long.class)
			.single();
		Map<String, Object> resident = committeeResident();
		TerritoryNode node = territory.byId(compound);
		long id = intake.file(RequestDraft.of("MEDICINE", "Out of blood pressure pills", false, null, null, null),
				new Routing(null, null, node, "Building 2, room 301", node.lat(), node.lon(), "Ma Jianguo",
						"13700002222", false), Channel.HOTLINE, "hotline").id();
		try (Browser browser = new Browser("http://localhost:" + port, 360, 800)) {
			browser.run("committee-match-en", () -> {
				browser.signIn("committee", "demo");
				browser.open("/requests/" + id + "?lang=en");
				browser.find("#match-search").sendKeys((String) resident.get("name"));
				browser.find("#match-candidates [data-test='match-" + resident.get("id") + "']");
				assertThat(browser.find("#request-match").getText()).contains("Caller not in the registry");
				assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);
				browser.screenshot("committee-match-en");
				browser.click("#match-pick-" + resident.get("id"));
				assertThat(browser.confirm(true)).startsWith("Match request #" + id);
				assertThat(browser.find("#step-done").getText()).contains("Matched");
				browser.screenshot("committee-matched-en");
			});
		}
	}
}

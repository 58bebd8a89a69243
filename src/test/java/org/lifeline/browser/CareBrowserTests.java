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
 * and the door visit is ticked off on the task page, then a home sample done and a building's sampling call failed
 * with its reason, in Chinese and in English at 360 px; the resident confirms the parcel brought to the door on
 * their home page; the committee sets a tag's check-in interval and sees a wrong contact phone at its form; the
 * committee marks a check-in fine with one tap and sees
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
			phone.run("volunteer-home-sampling", () -> {
				String sample = phone.find("li[data-test^='task-HOME_SAMPLING-'][data-status='OPEN']").getAttribute("data-test");
				assertThat(phone.find("li[data-test='" + sample + "']").getText()).contains("上门采样");
				phone.click("[data-test='" + sample.replace("task-", "done-") + "']");
				phone.find("#tasks-done");
				assertThat(phone.find("li[data-test='" + sample + "']").getAttribute("data-status")).isEqualTo("DONE");
				String call = phone.find("li[data-test^='task-SAMPLING_CALL-'][data-status='OPEN']").getAttribute("data-test");
				phone.find("li[data-test='" + call + "'] input[name='reason']").sendKeys("楼组群无人应答");
				phone.click("[data-test='" + call.replace("task-", "fail-") + "']");
				phone.find("#tasks-done");
				assertThat(phone.find("[data-test='" + call.replace("task-", "reason-") + "']").getText())
					.contains("楼组群无人应答");
				assertThat(phone.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
				phone.click("li[data-test='" + sample + "']");
				phone.screenshot("volunteer-tasks-zh-360");
				phone.open("/volunteers/tasks?lang=en");
				assertThat(phone.find("li[data-test='" + sample + "']").getText()).contains("Home sampling");
				assertThat(phone.find("[data-test='" + call.replace("task-", "reason-") + "']").getText()).startsWith("Not done:");
				assertThat(phone.scrollWidth()).as("English page width at 360 px").isLessThanOrEqualTo(360);
				phone.click("li[data-test='" + call + "']");
				phone.screenshot("volunteer-tasks-en-360");
				phone.open("/screening/calls?lang=zh_CN");
				assertThat(phone.find("[data-test^='call-failed-']").getText()).contains("未叫成：楼组群无人应答");
				assertThat(phone.scrollWidth()).as("call page width at 360 px").isLessThanOrEqualTo(360);
				phone.click("[data-test^='call-failed-']");
				phone.screenshot("calls-zh-360");
				phone.open("/screening/calls?lang=en");
				assertThat(phone.find("[data-test^='call-failed-']").getText()).startsWith("Not done: 楼组群无人应答");
				assertThat(phone.scrollWidth()).as("English call page width at 360 px").isLessThanOrEqualTo(360);
				phone.screenshot("calls-en-360");
			});
		}
	}

	@Test
	void theResidentConfirmsTheParcelAtTheDoorOnThePhone() throws Exception {
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("resident-parcels", () -> {
				phone.signIn("resident", "demo");
				String parcel = phone.find("#home-parcels li[data-status='DELIVERED']").getAttribute("data-test");
				assertThat(phone.find("#home-parcels").getText()).contains("我的快递").contains("顺丰 药品");
				phone.click("[data-test='" + parcel.replace("parcel-", "confirm-parcel-") + "']");
				phone.find("#home-parcel-done");
				assertThat(phone.find("li[data-test='" + parcel + "']").getAttribute("data-status")).isEqualTo("CONFIRMED");
				assertThat(phone.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
				phone.click("li[data-test='" + parcel + "']");
				phone.screenshot("resident-parcels-zh-360");
				phone.open("/?lang=en");
				phone.find("#home-parcels li[data-test='" + parcel + "']");
				assertThat(phone.find("#home-parcels").getText()).contains("My parcels").contains("Received");
				assertThat(phone.scrollWidth()).as("English page width at 360 px").isLessThanOrEqualTo(360);
				phone.click("li[data-test='" + parcel + "']");
				phone.screenshot("resident-parcels-en-360");
			});
		}
	}

	@Test
	void theCommitteeSetsAnIntervalAndSeesAWrongPhoneAtItsFormOnThePhone() throws Exception {
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("committee-care-settings", () -> {
				phone.signIn("committee", "demo");
				phone.open("/care");
				org.openqa.selenium.WebElement every = phone.find("#every-PREGNANT");
				every.clear();
				every.sendKeys("3");
				phone.click("[data-test='save-schedule-PREGNANT']");
				phone.find("#care-done");
				assertThat(phone.find("[data-test='schedule-PREGNANT']").getAttribute("data-every")).isEqualTo("3");
				// afresh: the answer lands on #care-schedules and the browser is still scrolling smoothly to it
				phone.open("/care");
				String contact = phone.find("#care-list details[data-test^='contact-']").getAttribute("data-test");
				String id = contact.substring("contact-".length());
				phone.click("details[data-test='" + contact + "'] summary");
				phone.find("details[data-test='" + contact + "'] input[name='name']").sendKeys("女儿");
				phone.find("details[data-test='" + contact + "'] input[name='phone']").sendKeys("call me");
				phone.click("[data-test='save-contact-" + id + "']");
				assertThat(phone.find("[data-test='contact-problem-" + id + "']").getText()).contains("电话为3到20位数字");
				assertThat(phone.find("details[data-test='" + contact + "'] input[name='name']").getAttribute("value"))
					.isEqualTo("女儿");
				assertThat(phone.has("#care-problem")).isFalse();
				assertThat(phone.scrollWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
				phone.screenshot("committee-care-zh-360");
				phone.open("/care?lang=en");
				phone.click("[data-test='save-schedule-PREGNANT']");
				phone.find("#care-done");
				assertThat(phone.find("#care-schedules").getText()).contains("Check-in interval per tag").contains("Pregnant");
				assertThat(phone.scrollWidth()).as("English page width at 360 px").isLessThanOrEqualTo(360);
				phone.screenshot("committee-care-en-360");
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

package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The city command's dashboard of the demo city in headless Chromium at desk size: the day's numbers, the four
 * trend charts drawn by ECharts as SVG, the table of districts that clicks one level down, the XLSX export
 * answering a spreadsheet, and a task-force board listing its queue; the command home reads the kept summaries
 * with their time. The Chinese pages carry no English words; the English ones are in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTests {

	/** Latin words a Chinese page may show: the export format, the brand and the switch to English, named in English. */
	static final List<String> LATIN_ALLOWED = List.of("XLSX", "Lifeline", "English");

	static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theCityDashboardShowsItsDayChartsChildrenExportAndABoard() throws Exception {
		try (Browser desk = new Browser("http://localhost:" + port, 1440, 900)) {
			desk.run("city-dashboard", () -> {
				desk.signIn("city", "demo");
				desk.open("/dashboard");
				desk.find("#dashboard-page[data-kind='CITY']");
				assertThat(desk.find("#dashboard-as-of").getAttribute("data-as-of")).isNotBlank();
				assertThat(Long.parseLong(desk.find("[data-test='residents']").getText().replace(",", "").trim()))
					.isPositive();
				for (String chart : List.of("cases", "zones", "requests", "beds")) {
					new WebDriverWait(desk.driver(), Duration.ofSeconds(15)).until(ExpectedConditions
						.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " svg path")));
				}
				assertThat(desk.has("#dashboard-trend canvas")).as("charts are SVG, not canvas").isFalse();
				assertThat(desk.find("#chart-cases").getAttribute("data-points")).isEqualTo("30");
				desk.driver().manage().window().setSize(new Dimension(1440, 2000));
				desk.screenshot("dashboard-city-whole-zh");
				desk.driver().manage().window().setSize(new Dimension(1440, 900));
				assertThat(noEnglish(desk.text())).as("English words on the Chinese dashboard").isEmpty();

				Map<?, ?> export = (Map<?, ?>) ((JavascriptExecutor) desk.driver()).executeAsyncScript("""
						const done = arguments[arguments.length - 1];
						fetch(document.querySelector('#children-xlsx').href).then(async r => {
						  const bytes = new Uint8Array(await r.arrayBuffer());
						  done({status: r.status, type: r.headers.get('content-type'), zip: bytes[0] === 0x50 && bytes[1] === 0x4b});
						});""");
				assertThat(export.get("status")).isEqualTo(200L);
				assertThat((String) export.get("type")).contains("spreadsheetml");
				assertThat(export.get("zip")).as("an XLSX file starts as a zip").isEqualTo(true);

				String district = desk.find("#children-table tbody tr").getAttribute("data-code");
				desk.click("#children-table tbody tr[data-code='" + district + "'] a");
				desk.find("#dashboard-page[data-kind='DISTRICT'][data-code='" + district + "']");
				desk.screenshot("dashboard-district-zh");

				desk.open("/dashboard/" + district + "/boards/isolation");
				var queue = desk.find("#board-queue-items");
				assertThat(Long.parseLong(queue.getAttribute("data-total"))).as("positives waiting in the demo district")
					.isPositive();
				assertThat(desk.has("#board-queue-items [data-test^='queue-item-'] a[href^='/cases/']")).isTrue();
				assertThat(desk.find("#board-queue").getAttribute("href")).endsWith("/cases");
				assertThat(noEnglish(desk.text())).as("English words on the Chinese board").isEmpty();
				desk.screenshot("board-isolation-zh");
			});
		}
	}

	@Test
	void theCommandHomeReadsTheSummariesInChineseAndEnglish() throws Exception {
		try (Browser desk = new Browser("http://localhost:" + port, 1440, 900)) {
			desk.run("command-home", () -> {
				desk.signIn("district", "demo");
				desk.open("/");
				desk.find("#home-command #home-as-of");
				desk.find("#home-case-figures");
				assertThat(desk.has("[data-test='count-households']")).as("households are not in the summaries").isFalse();
				assertThat(noEnglish(desk.text())).as("English words on the Chinese home").isEmpty();
				desk.screenshot("home-district-zh");
				desk.open("/?lang=en");
				desk.find("#home-command #home-as-of");
				assertThat(desk.text()).contains("Figures as of").contains("Clear-daily backlog");
				desk.screenshot("home-district-en");
				String district = desk.find("#home-node-name").getText();
				assertThat(district).isNotBlank();
				desk.click("#home-dashboard");
				desk.find("#dashboard-page[data-kind='DISTRICT']");
				assertThat(desk.text()).contains("command dashboard");
				desk.screenshot("dashboard-district-en");
				desk.click("#dashboard-boards");
				desk.click("#board-link-requests");
				desk.find("#board-queue-items");
				assertThat(desk.text()).contains("Queue");
				desk.screenshot("board-requests-en");
				desk.open("/?lang=zh_CN");
				desk.find("#home-command");
			});
		}
	}

	/** The Latin words of a page's text that are not allowed on a Chinese page. */
	static List<String> noEnglish(String text) {
		Matcher words = LATIN_WORD.matcher(text);
		List<String> found = new java.util.ArrayList<>();
		while (words.find()) {
			if (!LATIN_ALLOWED.contains(words.group())) {
				found.add(words.group());
			}
		}
		return found;
	}
}

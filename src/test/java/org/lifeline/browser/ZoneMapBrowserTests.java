package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.dashboard.SummaryPasses;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo district's zone map at desk size in headless Chromium, in Chinese and in English: streets drawn as SVG
 * markers and outlines filled by their worst zone, no compound until a street is clicked, then its compounds, and a
 * compound's click opens its zone page. No tile server is configured, so no request leaves the server's origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lifeline.care.jobs.enabled=false", "lifeline.requests.deadline-watch.enabled=false" })
@ActiveProfiles("test")
class ZoneMapBrowserTests {

	private static final Map<String, String> COLOURS = Map.of("SEALED", "#dc3545", "CONTROLLED", "#fd7e14",
			"PRECAUTION", "#198754");

	@LocalServerPort
	int port;

	@Autowired
	SummaryPasses passes;

	@Autowired
	Territory territory;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theDistrictMapShowsStreetsByZoneThenAStreetsCompoundsThenACompound() throws Exception {
		passes.refreshToday();
		TerritoryNode district = territory.children(territory.city()).get(0);
		int streets = territory.children(district).size();
		for (String lang : List.of("zh_CN", "en")) {
			try (Browser desk = new Browser("http://localhost:" + port, 1366, 900)) {
				desk.run("zone-map-" + lang, () -> {
					desk.signIn("district", "demo");
					desk.open("/dashboard/" + district.code() + "/map?lang=" + lang);
					desk.find("#zone-map[data-ready=true]");
					List<WebElement> areas = desk.driver().findElements(By.cssSelector("svg path.ll-area"));
					assertThat(areas).as("one marker per street").hasSize(streets);
					for (WebElement area : areas) {
						assertThat(area.getAttribute("fill")).isEqualTo(COLOURS.get(area.getAttribute("data-zone")));
					}
					WebElement outline = desk.find("svg path.ll-outline:not([data-zone=''])");
					assertThat(outline.getAttribute("fill")).isEqualTo(COLOURS.get(outline.getAttribute("data-zone")));
					assertThat(desk.has("svg path.ll-compound")).as("no compound before a street is opened").isFalse();
					desk.screenshot("zone-map-district-" + lang);

					areas.get(0).click();
					desk.find("svg path.ll-compound");
					assertThat(desk.find("#map-shown").getText()).isNotBlank();
					desk.screenshot("zone-map-street-" + lang);
					WebElement compound = (WebElement) ((JavascriptExecutor) desk.driver()).executeScript("""
							return Array.from(document.querySelectorAll('svg path.ll-compound')).find(function (p) {
							    var r = p.getBoundingClientRect();
							    return r.width > 0 && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p; });""");
					String code = compound.getAttribute("data-code");
					compound.click();
					new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/zones/" + code));

					desk.open("/dashboard/" + district.code() + "/map");
					desk.find("#zone-map[data-ready=true]");
					assertThat(desk.has(".leaflet-tile")).isFalse();
					@SuppressWarnings("unchecked")
					List<String> elsewhere = (List<String>) ((JavascriptExecutor) desk.driver()).executeScript("""
							return performance.getEntriesByType('resource').map(function (e) { return e.name; })
							    .filter(function (n) { return n.indexOf(location.origin) !== 0; });""");
					assertThat(elsewhere).as("requests to other servers (tiles)").isEmpty();
					Object answer = ((JavascriptExecutor) desk.driver()).executeAsyncScript("""
							var done = arguments[arguments.length - 1];
							fetch('/dashboard/' + arguments[0] + '/map.geojson?level=compound', { credentials: 'same-origin' })
							    .then(function (r) { done(r.headers.get('content-encoding') + ' ' + r.headers.get('etag')); });""",
							district.code());
					assertThat(String.valueOf(answer)).as("the district's compounds gzipped with an ETag").startsWith("gzip W/\"map-");
				});
			}
		}
	}
}

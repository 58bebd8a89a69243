package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.NewRound;
import org.lifeline.screening.RoundPlanning;
import org.lifeline.screening.SamplingCodes;
import org.lifeline.shared.PageRequest;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sampler's phone page in headless Chromium on the demo city: with the network down the sampler closes two
 * tubes, the page keeps them queued in the phone and says how many wait; when the network is back the queue drains
 * on its own and both tubes are stored once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SamplerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RoundPlanning planning;

	@Autowired
	SamplingCodes codes;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void tubesClosedWhileTheNetworkIsDownWaitOnThePhoneAndAreStoredWhenItIsBack() throws Exception {
		TerritoryNode street = territory.children(territory.children(territory.city()).get(0)).get(0);
		TerritoryNode compound = territory.findCompounds("", street.scope(), 1).get(0);
		long round = planning.plan(new NewRound(street.code(), LocalDate.now(clock).plusDays(1), List.of(compound.code()), 5),
				"test", TerritoryScope.everything()).id();
		List<ResidentView> people = residents.search(null, compound.scope(), new PageRequest(0, 3)).items();
		String tube1 = "BT-" + round + "-1";
		String tube2 = "BT-" + round + "-2";
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("sampler-offline", () -> {
				phone.signIn("sampler", "demo");
				phone.open("/screening/sample");
				new org.openqa.selenium.support.ui.Select(phone.find("#round")).selectByValue(Long.toString(round));
				ChromeDriver chrome = (ChromeDriver) phone.driver();
				chrome.executeCdpCommand("Network.enable", Map.of());
				network(chrome, true);
				closeTube(phone, tube1, people.subList(0, 2));
				closeTube(phone, tube2, people.subList(2, 3));
				waitFor(phone, "2", Duration.ofSeconds(10));
				assertThat(phone.find("#queue-text").getText()).contains("2");
				assertThat((String) chrome.executeScript("return localStorage.getItem('lifeline.sampler.sampler')"))
					.contains(tube1).contains(tube2);
				assertThat(stored(tube1, tube2)).as("nothing reaches the server while offline").isZero();
				assertThat(phone.scrollWidth()).as("sampler page width at 360 px").isLessThanOrEqualTo(360);
				network(chrome, false);
				waitFor(phone, "0", Duration.ofSeconds(60));
				assertThat(stored(tube1, tube2)).isEqualTo(2);
				assertThat(jdbc.sql("select count(*) from screening_sample s join screening_tube t on t.id = s.tube_id "
						+ "where t.tube_code in (?, ?)").params(tube1, tube2).query(Long.class).single()).isEqualTo(3);
				assertThat(phone.find("#recent").getText()).contains(tube1).contains(tube2);
			});
		}
	}

	private void closeTube(Browser phone, String tube, List<ResidentView> members) {
		phone.find("#tube-input").sendKeys(tube, Keys.ENTER);
		for (ResidentView member : members) {
			phone.find("#code-input").sendKeys(codes.codeFor(member.id(), TerritoryScope.everything()).code(), Keys.ENTER);
		}
		assertThat(phone.driver().findElements(By.cssSelector("#tube-codes li"))).hasSize(members.size());
		phone.click("#close-tube");
	}

	private long stored(String... tubes) {
		return jdbc.sql("select count(*) from screening_tube where tube_code in (?, ?)").params((Object[]) tubes)
			.query(Long.class).single();
	}

	private static void network(ChromeDriver chrome, boolean offline) {
		chrome.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	private static void waitFor(Browser phone, String count, Duration within) {
		new WebDriverWait(phone.driver(), within)
			.until(d -> count.equals(d.findElement(By.id("queue-count")).getText()));
	}
}

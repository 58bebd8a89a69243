package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.Fleet;
import org.lifeline.medical.Need;
import org.lifeline.medical.NewVehicle;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripOrder;
import org.lifeline.territory.TerritoryScope;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The street task force dispatches in headless Chromium: three residents of its street wait for a transfer, the
 * dispatcher runs a plan, sees it per vehicle next to the nearest-vehicle figure, applies it, and every trip is
 * assigned. A failing test leaves a screenshot in target/browser-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lifeline.dispatch.time-limit=1s", "lifeline.dispatch.unimproved-limit=300ms" })
@ActiveProfiles("test")
class DispatchBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Transfers transfers;

	@Autowired
	Users users;

	@Autowired
	Fleet fleet;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theStreetTaskForcePlansItsOpenTripsAndAppliesThePlan() throws Exception {
		List<Long> trips = openTripsOfTheDemoStreet();
		try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
			browser.run("dispatch-street", () -> {
				browser.signIn("street", "demo");
				browser.find("#nav-dispatch").click();
				browser.find("#dispatch-intro");
				browser.find("#dispatch-run").click();
				browser.find("#dispatch-figures");
				assertThat(browser.find("#dispatch-greedy-wait").getText()).isNotBlank();
				assertThat(browser.driver().findElements(By.cssSelector(".ll-dispatch-route"))).isNotEmpty();
				for (long trip : trips) {
					browser.find(".ll-dispatch-route tr[data-trip='" + trip + "']");
				}
				for (long trip : trips) {
					assertThat(browser.find(".ll-dispatch-route tr[data-trip='" + trip + "'] .ll-plan-patient").getText())
						.as("plan rows name the patient").isNotBlank();
					assertThat(browser.find(".ll-dispatch-route tr[data-trip='" + trip + "'] .ll-greedy-wait").getText())
						.as("plan rows show the nearest-vehicle wait").isNotBlank();
				}
				browser.find("#dispatch-apply").click();
				assertThat(browser.confirm(false)).isNotBlank();
				assertThat(browser.has("#dispatch-applied")).isFalse();
				browser.find("#dispatch-apply").click();
				browser.confirm(true);
				browser.find("#dispatch-applied");
				for (long trip : trips) {
					browser.find(".ll-dispatch-route tr[data-trip='" + trip + "'][data-outcome='ASSIGNED']");
					assertThat(jdbc.sql("select status from trip where id = ?").param(trip).query(String.class).single())
						.isEqualTo("ASSIGNED");
				}
				assertThat(browser.has("#dispatch-apply")).isFalse();
			});
		}
	}

	/**
	 * Registers two vans of the demo street through the fleet, each with a driver of its own on shift now, and requests
	 * trips for three of the street's residents.
	 */
	private List<Long> openTripsOfTheDemoStreet() {
		long street = jdbc.sql("select territory_id from app_user where username = 'street'").query(Long.class).single();
		Instant now = Instant.now();
		String streetCode = jdbc.sql("select code from territory_node where id = ?").param(street).query(String.class).single();
		String districtCode = jdbc.sql("select d.code from territory_node s join territory_node d on d.id = s.district_id "
				+ "where s.id = ?").param(street).query(String.class).single();
		for (int van = 1; van <= 2; van++) {
			long vehicle = fleet.register(new NewVehicle("沪B·DT00" + van, "VAN", districtCode, streetCode, 6),
					TripAccess.everything()).id();
			fleet.reportPosition(vehicle, 31.23 + van * 0.002, 121.47, TripAccess.everything());
			String driver = users.createDemoAccount(new NewUser("drv-bt-" + van, "司机" + van, "demo", Role.DRIVER,
					streetCode, List.of(), null, null, null)).username();
			fleet.addShift(vehicle, driver, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(10)),
					TripAccess.everything());
		}
		String hospital = jdbc.sql("select h.code from hospital h join territory_node s on s.district_id = h.district_id "
				+ "where s.id = ? and h.open order by h.code limit 1").param(street).query(String.class).single();
		List<Long> trips = new ArrayList<>();
		for (long resident : jdbc.sql("select id from resident where street_id = ? order by id limit 3").param(street)
			.query(Long.class).list()) {
			trips.add(transfers.requestTrip(TripOrder.of(resident, hospital, Need.OTHER, now.plus(Duration.ofMinutes(40))),
					TerritoryScope.everything(), "committee").id());
		}
		return trips;
	}
}

package org.lifeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The supplier's page on a desktop (its home leads with the group buy to confirm, confirming it moves it to the
 * deliveries) and the resident's order page on a 360 px phone without sideways scrolling (she orders from the
 * open group buy of her compound and sees her order). A failing test leaves a screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupplyPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void chromium() {
		assumeTrue(Browser.available() || System.getenv("CI") != null, "Chromium and ChromeDriver are not installed");
	}

	@Test
	void theSupplierConfirmsTheGroupBuyWhoseDeadlinePassed() throws Exception {
		long closed = jdbc.sql("""
				select g.id from group_buy g join app_user u on u.supplier_id = g.supplier_id
				where u.username = 'supplier' and g.status = 'OPEN' and g.deadline < now() order by g.id limit 1""")
			.query(Long.class)
			.single();
		try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
			browser.run("supplier-confirms", () -> {
				browser.signIn("supplier", "demo");
				browser.find("#home-supplier");
				assertThat(browser.has("[data-test='home-confirm-" + closed + "']")).isTrue();
				browser.find("#home-open-supplies").click();
				browser.find("#supplier-page");
				assertThat(browser.find("#packages").getText()).contains("保供蔬菜包");
				assertThat(browser.find("#couriers").getText()).contains("王建军");
				// the courier's antigen test of the day, as at the start of every delivery day (the demo's may be yesterday's)
				browser.click("#couriers [data-test^='antigen-']");
				browser.find("#supplies-done");
				browser.find("#confirm-button-" + closed).click();
				browser.find("#supplies-done");
				browser.find("[data-test='deliver-" + closed + "']");
				browser.find("#deliver-button-" + closed).click();
				browser.find("#supplies-done");
				assertThat(browser.has("[data-test='deliver-" + closed + "']")).isFalse();
			});
		}
	}

	@Test
	void aResidentOrdersOnHerPhone() throws Exception {
		try (Browser phone = new Browser("http://localhost:" + port, 360, 800)) {
			phone.run("resident-orders", () -> {
				phone.signIn("resident", "demo");
				phone.find("#home-group-buys [data-test^='home-group-buy-']").click();
				phone.find("#group-buy-page");
				assertThat(phone.scrollWidth()).as("order page width at 360 px").isLessThanOrEqualTo(360);
				phone.find("#order-form input[name^='qty-']").clear();
				phone.find("#order-form input[name^='qty-']").sendKeys("2");
				phone.find("#order-remark").sendKeys("请先打电话");
				phone.find("#order-submit").click();
				phone.find("#supplies-done");
				assertThat(phone.find("#my-orders").getText()).contains("× 2");
				assertThat(phone.scrollWidth()).as("page width after ordering").isLessThanOrEqualTo(360);
				phone.open("/group-buys");
				phone.find("#group-buys-page");
				assertThat(phone.scrollWidth()).isLessThanOrEqualTo(360);
			});
		}
	}
}

package org.lifeline.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Where tiles exist: with {@code lifeline.map.tile-url} set the zone map page carries the tile layer's URL template
 * and its attribution, and the page's content policy lets images come from that tile server (any subdomain for
 * {s}). Without it (DashboardPagesTests) the page has no tile layer and images only from the server itself.
 */
@SpringBootTest(properties = { "lifeline.map.tile-url=https://{s}.tiles.example.org/{z}/{x}/{y}.png",
		"lifeline.map.tile-attribution=© Example tiles" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MapTilesPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	@Test
	void theMapPageDrawsOverTheConfiguredTileLayer() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		var as = user(details.loadUserByUsername(city.user(Role.DISTRICT_COMMAND, city.district).username()));
		mvc.perform(get("/dashboard/" + city.district.code() + "/map").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-tile-url=\"https://{s}.tiles.example.org/{z}/{x}/{y}.png\"")))
			.andExpect(content().string(containsString("data-tile-attribution=\"© Example tiles\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data: https://*.tiles.example.org;")));
	}
}

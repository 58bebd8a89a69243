package org.lifeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifeline.identity.AuditTrail;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.PageRequest;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages as each role sees them: home per role, scope as 404, reveal audited, zones by role, language. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {

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

	@Autowired
	AuditTrail audit;

	@Autowired
	Zoning zoning;

	PageFixture city;

	String district;

	String committee;

	String volunteer;

	String resident;

	String hotline;

	String driver;

	@BeforeAll
	void city() {
		city = new PageFixture(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district.code());
		committee = city.user(Role.COMMITTEE_STAFF, city.committee.code());
		volunteer = city.user(Role.VOLUNTEER, null, List.of(city.building()), null);
		resident = city.user(Role.RESIDENT, null, List.of(), city.elder.householdId());
		hotline = city.user(Role.HOTLINE_OPERATOR, city.district.code());
		driver = city.user(Role.DRIVER, city.street.code());
	}

	@Test
	void committeeHomeCountsItsCompoundsAndVulnerableResidents() throws Exception {
		mvc.perform(get("/").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"home-command\"")))
			.andExpect(content().string(Matchers.containsString("测试居委")))
			.andExpect(content().string(Matchers.containsString("data-test=\"tag-count-LIVING_ALONE_ELDERLY\"")))
			.andExpect(content().string(Matchers.containsString("id=\"nav-users\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"nav-audit\""))));
	}

	@Test
	void volunteerHomeListsTheirHouseholdsWithPhones() throws Exception {
		mvc.perform(get("/").with(as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"home-volunteer\"")))
			.andExpect(content().string(Matchers.containsString("tel:13900000001")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(city.elder.idNumber()))));
	}

	@Test
	void residentHomeShowsTheirHousehold() throws Exception {
		mvc.perform(get("/").with(as(resident)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"home-household\"")))
			.andExpect(content().string(Matchers.containsString("王阿婆")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("李先生"))));
	}

	@Test
	void hotlineAndDriverHomesRender() throws Exception {
		mvc.perform(get("/").with(as(hotline)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"caller-phone\"")));
		mvc.perform(get("/households").param("phone", "13900000002").with(as(hotline)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("李先生")));
		mvc.perform(get("/").with(as(driver)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-service=\"DRIVER\"")))
			.andExpect(content().string(Matchers.containsString("测试街道")));
	}

	@Test
	void browsingShowsChildrenWithZonesAndBuildingHouseholds() throws Exception {
		zoning.setZone(city.compound.code(), Zone.SEALED, "阳性病例", "test", TerritoryScope.everything());
		mvc.perform(get("/territory/" + city.committee.code()).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-zone=\"SEALED\"")));
		mvc.perform(get("/territory/" + city.building()).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-test=\"household-" + city.elder.householdId() + "\"")));
	}

	@Test
	void outOfScopeNodeHouseholdAndResidentAre404Pages() throws Exception {
		mvc.perform(get("/territory/" + city.otherCompound.code()).with(as(committee)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(Matchers.containsString("id=\"error-page\"")));
		mvc.perform(get("/households/" + city.stranger.householdId()).with(as(committee)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/residents/" + city.stranger.id()).with(as(district))).andExpect(status().isNotFound());
		mvc.perform(get("/residents/" + city.neighbour.id()).with(as(resident))).andExpect(status().isNotFound());
		mvc.perform(get("/zones/" + city.otherCompound.code()).with(as(district))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/households/" + city.stranger.householdId()).with(as(committee)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void residentDetailIsMaskedUntilRevealedWithAReason() throws Exception {
		String path = "/residents/" + city.elder.id();
		mvc.perform(get(path).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(city.elder.idNumber()))))
			.andExpect(content().string(Matchers.containsString("139****0001")));
		mvc.perform(post(path).param("reason", "").with(as(committee)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"reveal-reason-error\"")));
		mvc.perform(post(path).param("reason", "联系就医转运").with(as(committee)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(city.elder.idNumber())))
			.andExpect(content().string(Matchers.containsString("13900000001")));
		var entries = audit.search("RESIDENT", String.valueOf(city.elder.id()), TerritoryScope.everything(),
				new PageRequest(0, 10));
		assertThat(entries.items()).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("REVEAL");
			assertThat(e.actor()).isEqualTo(committee);
			assertThat(e.reason()).isEqualTo("联系就医转运");
		});
	}

	@Test
	void districtSetsAZoneAndCommitteeIsRefused() throws Exception {
		String path = "/zones/" + city.compound.code();
		mvc.perform(get(path).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"zone-form\""))));
		mvc.perform(post(path).param("zone", "PRECAUTION").param("reason", "随意").with(as(committee)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(path).param("zone", "CONTROLLED").param("reason", "").with(as(district)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"zone-reason-error\"")));
		mvc.perform(post(path).param("zone", "CONTROLLED").param("reason", "七天无新增").with(as(district)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path));
		assertThat(zoning.zoneOf(city.compound.code(), TerritoryScope.everything()).zone()).isEqualTo(Zone.CONTROLLED);
	}

	@Test
	void usersAndAuditFollowTheRole() throws Exception {
		mvc.perform(get("/users").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-test=\"user-" + volunteer + "\"")));
		mvc.perform(get("/users").with(as(volunteer))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(as(district))).andExpect(status().isOk());
		mvc.perform(get("/audit").with(as(committee))).andExpect(status().isForbidden());
	}

	@Test
	void pagesSpeakChineseUntilSwitchedToEnglish() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("用户名")));
		Cookie english = mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Username")))
			.andExpect(cookie().exists(LocaleConfiguration.COOKIE))
			.andReturn()
			.getResponse()
			.getCookie(LocaleConfiguration.COOKIE);
		mvc.perform(get("/").with(as(committee)).cookie(english))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sign out")));
	}

	@Test
	void badCredentialsShowALocalizedError() throws Exception {
		mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(committee).password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"login-error\"")));
	}

	private RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(username));
	}
}

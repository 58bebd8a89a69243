package org.lifeline.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The committee edits care on its check-in page, on the embedded PostgreSQL: a person's one-to-one contact set by
 * account or by name and phone, the check-in interval of a tag; a refusal comes back to the form it came from with
 * what was typed and the field marked, nothing saved; volunteers get neither form.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false",
		"lifeline.care.jobs.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CareSettingsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService details;

	TestCity city;

	LifelineUser committee;

	ResidentView alone;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		alone = city.resident(city.compound, "101", "独居周", VulnerabilityTag.LIVING_ALONE_ELDERLY);
	}

	RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}

	@Test
	void theCommitteeSetsAContactByNameAndPhoneAndARefusalStaysAtItsForm() throws Exception {
		mvc.perform(get("/care").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("save-contact-" + alone.id())))
			.andExpect(content().string(containsString("save-schedule-LIVING_ALONE_ELDERLY")));
		MvcResult refused = mvc.perform(post("/care/contacts/" + alone.id()).with(as(committee)).with(csrf())
			.param("name", "女儿周敏").param("phone", "not-a-phone"))
			.andExpect(redirectedUrl("/care#check-in-" + alone.id()))
			.andExpect(flash().attribute("problem", "phone"))
			.andExpect(flash().attribute("problemAt", "contact-" + alone.id()))
			.andReturn();
		assertThat(contacts()).isZero();
		mvc.perform(get("/care").with(as(committee)).cookie(refused.getResponse().getCookies()))
			.andExpect(content().string(containsString("data-test=\"contact-problem-" + alone.id() + "\"")))
			.andExpect(content().string(containsString("电话为3到20位数字。")))
			.andExpect(content().string(containsString("value=\"女儿周敏\"")))
			.andExpect(content().string(not(containsString("id=\"care-problem\""))));
		mvc.perform(post("/care/contacts/" + alone.id()).with(as(committee)).with(csrf())
			.param("name", "女儿周敏").param("phone", "13912345678"))
			.andExpect(flash().attribute("done", "contactSet"));
		assertThat(contacts()).isOne();
		mvc.perform(get("/care").with(as(committee)))
			.andExpect(content().string(containsString("女儿周敏")));
		mvc.perform(post("/care/contacts/" + alone.id()).with(as(committee)).with(csrf())
			.param("contactUsername", "nobody-here"))
			.andExpect(flash().attribute("problem", "contactUsername"));
	}

	@Test
	void theCommitteeChangesATagsIntervalAndOutOfRangeIsRefusedInPlace() throws Exception {
		mvc.perform(post("/care/schedules/LIVING_ALONE_ELDERLY").with(as(committee)).with(csrf()).param("everyDays", "2"))
			.andExpect(redirectedUrl("/care#care-schedules"))
			.andExpect(flash().attribute("done", "scheduleSet"));
		mvc.perform(get("/care").with(as(committee)))
			.andExpect(content().string(containsString("data-test=\"schedule-LIVING_ALONE_ELDERLY\" data-every=\"2\"")));
		MvcResult refused = mvc.perform(post("/care/schedules/PREGNANT").with(as(committee)).with(csrf())
			.param("everyDays", "45"))
			.andExpect(flash().attribute("problem", "everyDays"))
			.andExpect(flash().attribute("problemAt", "schedule-PREGNANT"))
			.andReturn();
		mvc.perform(get("/care").with(as(committee)).cookie(refused.getResponse().getCookies()))
			.andExpect(content().string(containsString("data-test=\"schedule-problem-PREGNANT\"")))
			.andExpect(content().string(containsString("间隔为1到30天。")))
			.andExpect(content().string(containsString("value=\"45\"")));
		mvc.perform(post("/care/schedules/PREGNANT").with(as(committee)).with(csrf()).param("everyDays", "soon"))
			.andExpect(flash().attribute("problem", "everyDays"));
		mvc.perform(post("/care/schedules/PARROTS").with(as(committee)).with(csrf()).param("everyDays", "3"))
			.andExpect(flash().attribute("problem", "tag"));
		assertThat(jdbc.sql("select count(*) from care_schedule where committee_id = ?").param(city.committee.id())
			.query(Integer.class).single()).isOne();
	}

	@Test
	void aVolunteerGetsNeitherForm() throws Exception {
		LifelineUser volunteer = city.volunteer(alone.buildingCode());
		mvc.perform(get("/care").with(as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("save-contact-"))))
			.andExpect(content().string(not(containsString("care-schedules"))));
		mvc.perform(post("/care/schedules/PREGNANT").with(as(volunteer)).with(csrf()).param("everyDays", "3"))
			.andExpect(status().isForbidden());
	}

	private int contacts() {
		return jdbc.sql("select count(*) from care_contact where resident_id = ?").param(alone.id()).query(Integer.class)
			.single();
	}
}

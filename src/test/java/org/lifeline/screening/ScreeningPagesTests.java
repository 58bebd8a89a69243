package org.lifeline.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sampling pages: planning a round and reading its plan per point, the sampler's page, the call schedule with
 * marking a building called and the home-sampling list, sampling points, residents' codes and the building sheet.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class ScreeningPagesTests {

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
	MovableClock clock;

	@Autowired
	UserDetailsService details;

	SamplingFixture f;

	@BeforeEach
	void fixture() {
		f = new SamplingFixture(territory, residents, users);
	}

	@Test
	void aStreetPlansARoundAndReadsItsPlanPerPoint() throws Exception {
		String location = mvc.perform(post("/screening/rounds").with(page(f.planner)).with(csrf())
			.param("territoryCode", f.city.street.code()).param("date", LocalDate.now(clock).toString()).param("poolSize", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/screening/rounds/\\d+");
		mvc.perform(get(location).with(page(f.planner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("幸福小区1号采样点")))
			.andExpect(content().string(containsString("data-test=\"compound-" + f.city.otherCompound.code())));
		mvc.perform(get(location).with(page(f.committee))).andExpect(status().isOk())
			.andExpect(content().string(containsString("幸福小区")));
		mvc.perform(post("/screening/rounds").with(page(f.planner)).with(csrf())
			.param("territoryCode", f.city.street.code()).param("date", "not a day"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", containsString("date")));
		mvc.perform(get("/screening/sample").with(page(f.sampler))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"round\"")))
			.andExpect(content().string(containsString("data-pool=\"10\"")));
	}

	@Test
	void theCommitteeCallsBuildingsAndSeesWhomToSampleAtHome() throws Exception {
		mvc.perform(post("/screening/rounds").with(page(f.planner)).with(csrf())
			.param("territoryCode", f.city.street.code()).param("date", LocalDate.now(clock).toString()))
			.andExpect(status().is3xxRedirection());
		long call = jdbc.sql("select id from sampling_call where compound_id = ?").param(f.city.compound.id())
			.query(Long.class).single();
		mvc.perform(get("/screening/calls").with(page(f.committee))).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"home-task-" + f.bedBound.id())))
			.andExpect(content().string(containsString("data-test=\"call-")));
		mvc.perform(get("/screening/calls/now").with(page(f.committee))).andExpect(status().isOk());
		mvc.perform(post("/screening/calls/" + call + "/called").with(page(f.committee)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select called_by from sampling_call where id = ?").param(call).query(String.class).single())
			.isEqualTo(f.committee.username());
		mvc.perform(post("/screening/calls/" + call + "/called").with(page(f.sampler)).with(csrf()))
			.andExpect(status().isForbidden());
		long point = jdbc.sql("select id from sampling_point where compound_id = ?").param(f.city.compound.id())
			.query(Long.class).single();
		mvc.perform(post("/screening/points/" + point).with(page(f.committee)).with(csrf())
			.param("name", "东门采样点").param("swabbers", "4").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/screening/points/" + point).with(page(f.committee)).with(csrf())
			.param("name", "东门采样点").param("swabbers", "0").param("active", "true"))
			.andExpect(flash().attribute("problem", containsString("swabbers")));
		mvc.perform(get("/screening/points").with(page(f.committee))).andExpect(status().isOk())
			.andExpect(content().string(containsString("东门采样点")));
		assertThat(jdbc.sql("select swabbers from sampling_point where id = ?").param(point).query(Integer.class).single())
			.isEqualTo(4);
	}

	@Test
	void residentsShowTheirCodesAndTheCommitteePrintsABuildingSheet() throws Exception {
		mvc.perform(get("/screening/codes").with(page(f.elderAccount))).andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString(f.elder.name())));
		mvc.perform(get("/screening/codes/" + f.elder.id() + ".svg").with(page(f.elderAccount))).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		mvc.perform(get("/screening/codes/" + f.other.id() + ".svg").with(page(f.elderAccount)))
			.andExpect(status().isNotFound());
		TerritoryNode building = territory.buildingOf(f.city.compound, "1");
		mvc.perform(get("/screening/buildings/" + building.code() + "/codes").with(page(f.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"household-" + f.elder.householdId())))
			.andExpect(content().string(containsString(f.bedBound.name())));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PRINT_SAMPLING_CODES' and subject_id = ?")
			.param(building.code()).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/screening/buildings/" + building.code() + "/codes").with(page(f.sampler)))
			.andExpect(status().isForbidden());
	}

	private RequestPostProcessor page(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}

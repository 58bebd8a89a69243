package org.lifeline.medical.medicine;

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

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.medical.Hospitals;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
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
 * The committee's medicine pages: building tomorrow's batches from the list, keeping a resident's medicines with
 * a quantity, a batch it receives; and the refusals a page explains instead of failing.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.medicine.batch-job.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class MedicinePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Hospitals hospitals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService details;

	@Autowired
	MovableClock clock;

	@Test
	void committeeKeepsMedicinesBuildsTheBatchAndReadsIt() throws Exception {
		MedicineFixture f = new MedicineFixture(territory, residents, users, hospitals);
		ResidentView patient = f.patient(f.city.compound, "1", "101", "周国华", "缬沙坦胶囊");
		mvc.perform(get("/medicine/residents").with(page(f.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("周国华")));
		mvc.perform(post("/medicine/residents/" + patient.id()).with(page(f.committee)).with(csrf())
			.param("name", "缬沙坦胶囊", "二甲双胍片", "").param("quantity", "2", "x", "1").param("note", "", "", ""))
			.andExpect(flash().attribute("problem", "medicines[1].quantity"));
		mvc.perform(post("/medicine/residents/" + patient.id()).with(page(f.committee)).with(csrf())
			.param("name", "缬沙坦胶囊", "二甲双胍片", "").param("quantity", "2", "1", "1").param("note", "80mg", "", ""))
			.andExpect(redirectedUrl("/medicine/residents/" + patient.id()))
			.andExpect(flash().attribute("done", "saved"));
		assertThat(residents.byId(patient.id(), TerritoryScope.everything()).medicalProfile().longTermMedicines())
			.containsExactly("缬沙坦胶囊", "二甲双胍片");
		mvc.perform(get("/medicine/residents/" + patient.id()).with(page(f.committee)))
			.andExpect(content().string(containsString("80mg")));

		mvc.perform(get("/medicine").with(page(f.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"medicine-build\"")));
		mvc.perform(post("/medicine/build").with(page(f.committee)).with(csrf()))
			.andExpect(redirectedUrl("/medicine"))
			.andExpect(flash().attributeExists("built"));
		List<Long> ids = jdbc.sql("select id from medicine_batch where compound_id = ? and run_date = ?")
			.params(f.city.compound.id(), java.sql.Date.valueOf(LocalDate.now(clock).plusDays(1)))
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(1);
		mvc.perform(get("/medicine/batches/" + ids.get(0)).with(page(f.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("缬沙坦胶囊 × 2")))
			.andExpect(content().string(not(containsString("id=\"batch-receive\""))));
		mvc.perform(post("/medicine/batches/" + ids.get(0) + "/receive").with(page(f.committee)).with(csrf()))
			.andExpect(flash().attribute("problem", "conflict"));
		mvc.perform(get("/medicine/batches/" + ids.get(0)).with(page(f.otherDesk))).andExpect(status().isNotFound());
		mvc.perform(get("/medicine/batches/" + ids.get(0)).with(page(f.desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"batch-ready\"")));
	}

	private RequestPostProcessor page(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}

package org.lifeline.certificates;

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

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The certificates page on the embedded PostgreSQL: the resident asks for sealed days and downloads the issued PDF;
 * the committee issues, refuses a range outside the sealed days with the reason the resident then reads, and
 * revokes with a reason; each refusal is named on the page.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CertificatePagesIntegrationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

	LifelineUser home;

	ResidentView resident;

	LocalDate today;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		resident = city.resident(city.compound, "602", "陈小红");
		home = city.resident(resident.householdId());
		today = LocalDate.now(SHANGHAI);
		// sealed from 20 days ago until 5 days ago
		zoneChange(null, "SEALED", today.minusDays(20).atTime(12, 0));
		zoneChange("SEALED", "CONTROLLED", today.minusDays(5).atStartOfDay());
	}

	@Test
	void theResidentAsksTheCommitteeIssuesAndTheResidentDownloadsThePdf() throws Exception {
		mvc.perform(get("/certificates").with(as(home)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ask-form")))
			.andExpect(content().string(containsString("陈小红")))
			.andExpect(content().string(containsString("申请误工证明")));
		ask(today.minusDays(12), today.minusDays(8)).andExpect(flash().attribute("done", "asked"));
		ask(today.minusDays(12), today.minusDays(8)).andExpect(flash().attribute("problem", "conflict"));
		long id = lastRequest();

		mvc.perform(get("/certificates").with(as(committee)))
			.andExpect(content().string(containsString("issue-" + id)))
			.andExpect(content().string(not(containsString("ask-form"))));
		mvc.perform(post("/certificates/requests/" + id + "/issue").with(as(committee)).with(csrf()))
			.andExpect(redirectedUrl("/certificates"))
			.andExpect(flash().attribute("done", "issued"));
		String code = jdbc.sql("select code from certificate where resident_id = ?").param(resident.id())
			.query(String.class).single();

		mvc.perform(get("/certificates").with(as(home)))
			.andExpect(content().string(containsString("data-status=\"ISSUED\"")))
			.andExpect(content().string(containsString("/api/v1/certificates/" + code + "/pdf")))
			.andExpect(content().string(not(containsString("revoke-" + code))));
		mvc.perform(get("/api/v1/certificates/" + code + "/pdf").with(as(home)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));

		mvc.perform(post("/certificates/" + code + "/revoke").with(as(committee)).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("problem", "reason"));
		mvc.perform(post("/certificates/" + code + "/revoke").with(as(committee)).with(csrf()).param("reason", "日期有误"))
			.andExpect(flash().attribute("done", "revoked"));
		mvc.perform(get("/certificates").with(as(home)))
			.andExpect(content().string(containsString("data-revoked=\"true\"")))
			.andExpect(content().string(containsString("已撤销：日期有误")));
		mvc.perform(post("/certificates/requests/" + id + "/issue").with(as(home)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void daysOutsideTheSealedPeriodAreNamedAndTheCommitteeRefusesWithAReason() throws Exception {
		ask(today.minusDays(4), today.minusDays(2)).andExpect(flash().attribute("done", "asked"));
		long id = lastRequest();
		mvc.perform(post("/certificates/requests/" + id + "/issue").with(as(committee)).with(csrf()))
			.andExpect(redirectedUrl("/certificates"))
			.andExpect(flash().attribute("problem", "sealed"));
		mvc.perform(get("/certificates").with(as(committee)).param("lang", "en"))
			.andExpect(content().string(containsString("Work-absence certificates")));
		assertThat(jdbc.sql("select count(*) from certificate where resident_id = ?").param(resident.id())
			.query(Integer.class).single()).isZero();

		mvc.perform(post("/certificates/requests/" + id + "/refuse").with(as(committee)).with(csrf()).param("reason", ""))
			.andExpect(flash().attribute("problem", "reason"));
		mvc.perform(post("/certificates/requests/" + id + "/refuse").with(as(committee)).with(csrf())
			.param("reason", "所选日期已解封"))
			.andExpect(flash().attribute("done", "refused"));
		mvc.perform(post("/certificates/requests/" + id + "/refuse").with(as(committee)).with(csrf())
			.param("reason", "again"))
			.andExpect(flash().attribute("problem", "conflict"));
		mvc.perform(get("/certificates").with(as(home)))
			.andExpect(content().string(containsString("data-status=\"REFUSED\"")))
			.andExpect(content().string(containsString("未予开具：所选日期已解封")));

		ask(today.minusDays(2), today.plusDays(1)).andExpect(flash().attribute("problem", "to"));
		TestCity elsewhere = new TestCity(territory, residents, users);
		LifelineUser stranger = elsewhere.user(Role.COMMITTEE_STAFF, elsewhere.committee);
		mvc.perform(post("/certificates/requests/" + id + "/refuse").with(as(stranger)).with(csrf()).param("reason", "x"))
			.andExpect(flash().attribute("problem", "notFound"));
	}

	private ResultActions ask(LocalDate from, LocalDate to) throws Exception {
		return mvc.perform(post("/certificates/requests").with(as(home)).with(csrf())
			.param("residentId", String.valueOf(resident.id())).param("from", from.toString()).param("to", to.toString()))
			.andExpect(redirectedUrl("/certificates"));
	}

	private long lastRequest() {
		return jdbc.sql("select max(id) from certificate_request where resident_id = ?").param(resident.id())
			.query(Long.class).single();
	}

	private void zoneChange(String from, String to, LocalDateTime at) {
		jdbc.sql("""
				insert into zone_change (compound_id, district_id, unit_id, from_zone, to_zone, reason, changed_by, changed_at)
				values (?, ?, ?, ?, ?, 'test', 'test', ?)""")
			.params(city.compound.id(), city.district.id(), city.compound.id(), from, to,
					Timestamp.from(at.atZone(SHANGHAI).toInstant()))
			.update();
	}

	private RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}

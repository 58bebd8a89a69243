package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What an import or an export discloses: no oracle for whose an identity number is, every export audited for the
 * district of the residents disclosed, and no reveal or export without a stated reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonalDataDisclosureIntegrationTests {

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

	TestCity city;

	ResidentView jinming;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		jinming = city.resident(city.compound, "101", "金明");
	}

	@Test
	void aDryRunSaysANumberIsRegisteredElsewhereNeverWhose() throws Exception {
		LifelineUser other = city.user(Role.COMMITTEE_STAFF, city.otherCommittee);
		String csv = ResidentImportTests.lines(ResidentImportTests.ENGLISH,
				ResidentImportTests.row(city.otherCompound.code(), "1", "201", "冒名", jinming.idNumber(), "", ""));
		String body = mvc.perform(multipart("/api/v1/imports/residents").with(basic(other))
			.file(new MockMultipartFile("file", "r.csv", null, csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected", hasSize(1)))
			.andReturn().getResponse().getContentAsString();
		String reason = JsonPath.read(body, "$.rejected[0].reason");
		assertThat(reason).contains("already registered", "district").doesNotContain("金明").doesNotContain(city.compound.code());
	}

	@Test
	void aVolunteersExportIsAuditedForTheDistrictAndNeedsAReason() throws Exception {
		city.resident(city.compound, "201", "楼二住户");
		List<String> buildings = jdbc.sql("select code from territory_node where kind = 'BUILDING' and compound_id = ? order by code")
			.param(city.compound.id())
			.query(String.class)
			.list();
		assertThat(buildings).hasSizeGreaterThanOrEqualTo(1);
		LifelineUser volunteer = city.volunteer(buildings.toArray(String[]::new));

		mvc.perform(get("/api/v1/exports/residents").param("format", "csv").with(basic(volunteer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("reason")));
		MvcResult started = mvc.perform(get("/api/v1/exports/residents").param("format", "csv")
			.param("reason", "door delivery list").with(basic(volunteer))).andExpect(status().isOk()).andReturn();
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());

		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		mvc.perform(get("/api/v1/audit").param("size", "50").with(basic(district)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].actor", hasItem(volunteer.username())))
			.andExpect(jsonPath("$.items[?(@.actor == '" + volunteer.username() + "')].reason", hasItem("door delivery list")));
	}

	@Test
	void aScriptWithAnApiTokenDownloadsAnExport() throws Exception {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		String issued = mvc.perform(post("/api/v1/tokens").with(basic(committee))).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(issued, "$.token");
		MvcResult started = mvc.perform(get("/api/v1/exports/residents").param("format", "csv")
			.param("reason", "delivery list").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn();
		String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("金明", jinming.idNumber());
	}

	@Test
	void aRevealNeedsAStatedReason() throws Exception {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		mvc.perform(post("/api/v1/residents/" + jinming.id() + "/reveal").with(basic(committee)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("reason")));
		mvc.perform(post("/api/v1/residents/" + jinming.id() + "/reveal").with(basic(committee))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("reason")));
		mvc.perform(post("/api/v1/residents/" + jinming.id() + "/reveal").with(basic(committee))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"calling about dialysis\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber", is(jinming.idNumber())));
	}

	@Test
	void aDryRunWithManyRejectionsListsTheFirstThousandAndCountsTheRest() throws Exception {
		List<String> rows = new ArrayList<>();
		rows.add(ResidentImportTests.ENGLISH);
		for (int i = 0; i < 1_500; i++) {
			rows.add(ResidentImportTests.row("NO-SUCH-COMPOUND", "1", String.valueOf(100 + i), "张三", TestIdNumbers.next(), "", ""));
		}
		LifelineUser admin = city.user(Role.CITY_COMMAND, territory.city());
		mvc.perform(multipart("/api/v1/imports/residents").with(basic(admin))
			.file(new MockMultipartFile("file", "r.csv", null,
					ResidentImportTests.lines(rows.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected", hasSize(1_000)))
			.andExpect(jsonPath("$.rejectedTotal", is(1_500)))
			.andExpect(jsonPath("$.rejected[0].line", is(2)));
	}

	private static RequestPostProcessor basic(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}

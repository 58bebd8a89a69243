package org.lifeline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.medical.HospitalAccess;
import org.lifeline.medical.Hospitals;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.supplies.Suppliers;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.territory.TestTerritory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A street task force sets up its committees' people from a file, and a user signs out on every device. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdministrationIntegrationTests {

	private static final String PASSWORD = "street-password-1";

	private final MockMvc mvc;

	private final Territory territory;

	private final Users users;

	private TestTerritory place;

	private LifelineUser street;

	private final Hospitals hospitals;

	private final Suppliers suppliers;

	@Autowired
	UserAdministrationIntegrationTests(MockMvc mvc, Territory territory, Users users, Hospitals hospitals,
			Suppliers suppliers) {
		this.mvc = mvc;
		this.territory = territory;
		this.users = users;
		this.hospitals = hospitals;
		this.suppliers = suppliers;
	}

	@BeforeEach
	void street() {
		place = TestTerritory.create(territory, 1);
		street = users.createDemoAccount(new NewUser("street-" + place.prefix().toLowerCase(), "街道专班", PASSWORD,
				Role.STREET_TASK_FORCE, place.street().code(), List.of(), null, null, null));
	}

	@Test
	void importsUsersAllOrNothing() throws Exception {
		String prefix = place.prefix().toLowerCase();
		String bad = "用户名,姓名,角色,初始密码,辖区编码\n"
				+ prefix + "-c1,张敏,居委,committee-pw-1,%s\n".formatted(place.committee().code())
				+ prefix + "-d1,李强,区指挥部,district-pw-1,%s\n".formatted(place.district().code())
				+ prefix + "-c2,王丽,居委,short,%s\n".formatted(place.committee().code());
		mvc.perform(upload(bad, false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected", hasSize(2)))
			.andExpect(jsonPath("$.rejected[0].line", is(3)))
			.andExpect(jsonPath("$.rejected[0].column", is("角色")))
			.andExpect(jsonPath("$.rejected[1].column", is("初始密码")));
		mvc.perform(get("/api/v1/me").with(httpBasic(prefix + "-c1", "committee-pw-1"))).andExpect(status().isUnauthorized());

		String good = "username,display_name,role,password,territory_code\n"
				+ prefix + "-c1,张敏,COMMITTEE_STAFF,committee-pw-1,%s\n".formatted(place.committee().code());
		mvc.perform(upload(good, false)).andExpect(status().isOk()).andExpect(jsonPath("$.accepted", is(1)));
		mvc.perform(get("/api/v1/me").with(httpBasic(prefix + "-c1", "committee-pw-1")))
			.andExpect(jsonPath("$.territoryCode", is(place.committee().code())));
	}

	@Test
	void hospitalDeskAndSupplierAccountsNameAHospitalAndASupplierThatExist() {
		String prefix = place.prefix().toLowerCase();
		String hospital = hospitals.list(HospitalAccess.city(), null).get(0).code();
		long supplier = suppliers.whitelist().items().get(0).id();

		assertThat(users.createDemoAccount(new NewUser(prefix + "-desk", "接诊台", PASSWORD, Role.HOSPITAL_DESK, null,
				List.of(), null, hospital, null)).role()).isEqualTo(Role.HOSPITAL_DESK);
		assertThat(users.createDemoAccount(new NewUser(prefix + "-shop", "保供企业", PASSWORD, Role.SUPPLIER, null,
				List.of(), null, null, supplier)).role()).isEqualTo(Role.SUPPLIER);

		assertThatThrownBy(() -> users.createDemoAccount(new NewUser(prefix + "-desk2", "接诊台", PASSWORD,
				Role.HOSPITAL_DESK, null, List.of(), null, "NO-SUCH-HOSPITAL", null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("hospital NO-SUCH-HOSPITAL not found")
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("hospitalCode");
		assertThatThrownBy(() -> users.createDemoAccount(new NewUser(prefix + "-shop2", "保供企业", PASSWORD,
				Role.SUPPLIER, null, List.of(), null, null, -1L)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("supplier -1 not found")
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("supplierId");
	}

	@Test
	void signingOutEverywhereEndsSessionsAndTokens() throws Exception {
		MvcResult login = mvc.perform(formLogin("/login").user(street.username()).password(PASSWORD))
			.andExpect(redirectedUrlPattern("/**"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		String token = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/tokens")
			.with(httpBasic(street.username(), PASSWORD))).andReturn().getResponse().getContentAsString(), "$.token");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/api/v1/me/sign-out-everywhere").with(httpBasic(street.username(), PASSWORD)))
			.andExpect(status().isNoContent());

		mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/login*"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String csv,
			boolean dryRun) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/api/v1/imports/users")
			.file(new MockMultipartFile("file", "users.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", String.valueOf(dryRun))
			.with(httpBasic(street.username(), PASSWORD));
	}
}

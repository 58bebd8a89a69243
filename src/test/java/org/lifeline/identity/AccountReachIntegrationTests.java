package org.lifeline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts only within one's reach: roles below one's own, bound within one's own territory, hospital and
 * supplier accounts only by the district (or city) owning them; whoever may create an account may disable it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountReachIntegrationTests {

	/** Who may create whom, as the task forces' work divides it; every other pair is refused. */
	private static final Map<Role, Set<Role>> MAY_CREATE = new EnumMap<>(Map.of(
			Role.ADMINISTRATOR, EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR)),
			Role.CITY_COMMAND, EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR, Role.CITY_COMMAND)),
			Role.DISTRICT_COMMAND, EnumSet.of(Role.STREET_TASK_FORCE, Role.COMMITTEE_STAFF, Role.HOTLINE_OPERATOR,
					Role.VOLUNTEER, Role.DRIVER, Role.SAMPLER, Role.HOSPITAL_DESK, Role.SUPPLIER, Role.RESIDENT),
			Role.STREET_TASK_FORCE, EnumSet.of(Role.COMMITTEE_STAFF, Role.VOLUNTEER, Role.DRIVER, Role.SAMPLER,
					Role.RESIDENT),
			Role.COMMITTEE_STAFF, EnumSet.of(Role.VOLUNTEER, Role.RESIDENT)));

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

	ResidentView resident;

	String building;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		resident = city.resident(city.compound, "301", "周建华");
		building = jdbc.sql("select code from territory_node where kind = 'BUILDING' and compound_id = ?")
			.param(city.compound.id())
			.query(String.class)
			.list()
			.get(0);
	}

	@Test
	void everyRoleIsRefusedEveryRoleItMustNotCreate() throws Exception {
		int tried = 0;
		for (Role creator : Role.values()) {
			LifelineUser user = account(creator);
			for (Role target : Role.values()) {
				if (MAY_CREATE.getOrDefault(creator, Set.of()).contains(target)) {
					continue;
				}
				String username = ("x" + tried++ + "-" + city.committee.code()).toLowerCase();
				int status = as(user, post("/api/v1/users").content(newUser(username, target)))
					.andReturn().getResponse().getStatus();
				assertThat(status).as(creator + " creating " + target).isIn(400, 403);
				assertThat(users.exists(username)).as(creator + " created " + target).isFalse();
			}
		}
		assertThat(tried).isGreaterThan(80);
	}

	@Test
	void aCommitteeCreatesAndDisablesItsOwnVolunteersButNoDeskOrSupplier() throws Exception {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		String hospital = jdbc.sql("select code from hospital order by id limit 1").query(String.class).single();
		as(committee, post("/api/v1/users").content(body("desk-" + city.committee.code(), Role.HOSPITAL_DESK,
				"\"hospitalCode\":\"" + hospital + "\""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("role")));
		String volunteer = ("v-" + city.committee.code()).toLowerCase();
		long id = id(as(committee, post("/api/v1/users").content(body(volunteer, Role.VOLUNTEER,
				"\"buildingCodes\":[\"" + building + "\"]"))).andExpect(status().isCreated()));
		LifelineUser otherCommittee = users.createDemoAccount(new NewUser("k-" + volunteer, "居委", TestCity.PASSWORD,
				Role.COMMITTEE_STAFF, city.otherCommittee.code(), List.of(), null, null, null));
		as(otherCommittee, post("/api/v1/users/" + id + "/disable")).andExpect(status().isNotFound());
		as(committee, post("/api/v1/users/" + id + "/disable")).andExpect(status().isOk())
			.andExpect(jsonPath("$.username", is(volunteer)));
		mvc.perform(get("/api/v1/me").with(httpBasic(volunteer, "volunteer-password-1"))).andExpect(status().isUnauthorized());
	}

	@Test
	void hospitalAndSupplierAccountsAreForTheDistrictOwningThem() throws Exception {
		Map<String, Object> hospital = jdbc.sql("select code, district_id from hospital order by id limit 1").query().singleRow();
		String districtCode = territory.byId(((Number) hospital.get("district_id")).longValue()).code();
		LifelineUser district = users.createDemoAccount(new NewUser(("d-" + city.committee.code()).toLowerCase(), "区",
				TestCity.PASSWORD, Role.DISTRICT_COMMAND, districtCode, List.of(), null, null, null));
		LifelineUser cityCommand = city.user(Role.CITY_COMMAND, territory.city());
		LifelineUser otherDistrict = city.user(Role.DISTRICT_COMMAND, city.district);

		as(otherDistrict, post("/api/v1/users").content(body(("h2-" + city.committee.code()).toLowerCase(), Role.HOSPITAL_DESK,
				"\"hospitalCode\":\"" + hospital.get("code") + "\""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("hospitalCode")));
		long desk = id(as(district, post("/api/v1/users").content(body(("h1-" + city.committee.code()).toLowerCase(),
				Role.HOSPITAL_DESK, "\"hospitalCode\":\"" + hospital.get("code") + "\""))).andExpect(status().isCreated()));
		as(otherDistrict, post("/api/v1/users/" + desk + "/disable"))
			.andExpect(status().isNotFound());
		as(district, post("/api/v1/users/" + desk + "/disable")).andExpect(status().isOk());
		as(cityCommand, post("/api/v1/users/" + desk + "/enable")).andExpect(status().isOk());

		long supplier = id(as(district, post("/api/v1/suppliers").content("""
				{"name":"区保供%s","certificateNo":"Q-%s","validUntil":"%s","contactName":"王","contactPhone":"13700000000"}"""
			.formatted(city.committee.code(), city.committee.code(), MovableClock.cityToday().plusMonths(2)))).andExpect(status().isCreated()));
		as(otherDistrict, post("/api/v1/users").content(body(
				("s2-" + city.committee.code()).toLowerCase(), Role.SUPPLIER, "\"supplierId\":" + supplier)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("supplierId")));
		long account = id(as(district, post("/api/v1/users").content(body(("s1-" + city.committee.code()).toLowerCase(),
				Role.SUPPLIER, "\"supplierId\":" + supplier))).andExpect(status().isCreated()));
		as(district, post("/api/v1/users/" + account + "/disable")).andExpect(status().isOk());
	}

	@Test
	void badAccountRequestsAreAnsweredNot500() throws Exception {
		LifelineUser street = city.user(Role.STREET_TASK_FORCE, city.street);
		as(street, post("/api/v1/users").content("{\"username\":\"nobody-role\",\"password\":\"long-password-1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("role")));
		as(street, post("/api/v1/users").content("{\"username\":\"nobody-role\",\"password\":\"long-password-1\",\"role\":null}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("role")));
		as(account(Role.RESIDENT), get("/api/v1/users")).andExpect(status().isForbidden());
		as(account(Role.VOLUNTEER), get("/api/v1/users")).andExpect(status().isForbidden());
		as(street, get("/api/v1/users")).andExpect(status().isOk());
	}

	/** An account of the role, bound to this test's city. */
	private LifelineUser account(Role role) {
		String username = (role.name() + "-c-" + city.committee.code()).toLowerCase().replace('_', '-');
		if (users.exists(username)) {
			return users.accountsWithin(org.lifeline.territory.TerritoryScope.everything()).stream()
				.map(UserAccount::user).filter(u -> u.username().equals(username)).findFirst().orElseThrow();
		}
		String node = switch (role) {
			case ADMINISTRATOR, CITY_COMMAND, LAB -> territory.city().code();
			case DISTRICT_COMMAND, HOTLINE_OPERATOR -> city.district.code();
			case STREET_TASK_FORCE, DRIVER, SAMPLER -> city.street.code();
			case COMMITTEE_STAFF, VOLUNTEER -> city.committee.code();
			default -> null;
		};
		String hospital = role == Role.HOSPITAL_DESK
				? jdbc.sql("select code from hospital order by id limit 1").query(String.class).single() : null;
		Long supplier = role == Role.SUPPLIER
				? jdbc.sql("select id from supplier order by id limit 1").query(Long.class).single() : null;
		return users.createDemoAccount(new NewUser(username, role.chinese(), TestCity.PASSWORD, role, node,
				role == Role.VOLUNTEER ? List.of(building) : List.of(),
				role == Role.RESIDENT ? resident.householdId() : null, hospital, supplier));
	}

	private String newUser(String username, Role role) {
		return body(username, role, "\"territoryCode\":\"" + city.committee.code() + "\",\"buildingCodes\":[\"" + building
				+ "\"],\"householdId\":" + resident.householdId());
	}

	private static String body(String username, Role role, String binding) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + role.name().toLowerCase().replace('_', '-')
				+ "-password-1\",\"role\":\"" + role + "\"," + binding + "}";
	}

	private ResultActions as(LifelineUser user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(httpBasic(user.username(), TestCity.PASSWORD)));
	}

	private static long id(ResultActions result) throws Exception {
		MvcResult done = result.andReturn();
		return ((Number) JsonPath.read(done.getResponse().getContentAsString(), "$.id")).longValue();
	}
}

package org.lifeline.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.lifeline.isolation.IsolationTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseReports;
import org.lifeline.cases.CaseSource;
import org.lifeline.cases.CaseTransfers;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.NewCase;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.Hospitals;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.residents.NewResident;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.Sex;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.InChinese;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.function.ThrowingSupplier;

/**
 * From the queue to a bed and home again: positives awaiting transfer are allocated (a family together, a child
 * left over with the reason), a bus run takes the family, the driver sets off, the shelter's desk confirms each
 * arrival (beds occupied, the committee told to disinfect), and a discharge frees the bed.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
class IsolationStoryTests {

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
	CaseReports reports;

	@Autowired
	CaseTransfers transfers;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	TestCity city;

	IsolationTestData data;

	LifelineUser district;

	LifelineUser committee;

	LifelineUser driver;

	String shelter;

	@BeforeEach
	void setUp() throws Exception {
		city = new TestCity(territory, residents, users);
		data = new IsolationTestData(hospitals);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		driver = users.createDemoAccount(new NewUser("bus-" + data.suffix, "王师傅", TestCity.PASSWORD, Role.DRIVER,
				city.street.code(), List.of(), null, null, null));
		shelter = data.code("FC");
		post(district, "/api/v1/facilities", "{\"code\":\"" + shelter + "\",\"name\":\"测试区方舱\",\"kind\":\"DISTRICT_SHELTER\","
				+ "\"districtCode\":\"" + city.district.code() + "\",\"lat\":31.25,\"lon\":121.45,\"beds\":{\"GENERAL\":2}}");
	}

	@Test
	void positivesGoFromTheQueueToABedAndHomeAgain(Scenario scenario) throws Exception {
		long mother = report(person("101", "李芳", LocalDate.of(1990, 5, 1)));
		long father = report(person("101", "张伟", LocalDate.of(1988, 2, 1)));
		long child = report(person("102", "陈小宝", MovableClock.cityToday().minusYears(6)));

		ResultActions allocated = post(district, "/api/v1/isolation/allocate", "{\"territoryCode\":\"" + city.district.code() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.allocated", is(2)))
			.andExpect(jsonPath("$.placements[*].facilityCode", hasItem(shelter)))
			.andExpect(jsonPath("$.left[0].caseId", is((int) child)))
			.andExpect(jsonPath("$.left[0].reasonKey", is("isolation.left.noBedKind")))
			.andExpect(jsonPath("$.left[0].reason", is("测试区无儿童陪护床位")));
		assertThat(JsonPath.<List<Integer>>read(body(allocated), "$.placements[*].caseId")).containsExactlyInAnyOrder((int) mother, (int) father);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/isolation/allocate").with(as(district)).cookie(new Cookie("lifeline-lang", "en"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"territoryCode\":\"" + city.district.code() + "\"}"))
			.andExpect(jsonPath("$.allocated", is(0)))
			.andExpect(jsonPath("$.left[0].reason", is("no paediatric bed with carer in the district 测试区")));
		beds(0, 2, 0);

		post(district, "/api/v1/isolation/bus-runs", run(1, mother, father)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("caseIds")))
			.andExpect(jsonPath("$.detail", containsString("over its seats: 2 cases for 1 seats")));
		post(district, "/api/v1/isolation/bus-runs", run(20, mother, child)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("case with a bed " + child)));
		int runId = JsonPath.read(body(post(district, "/api/v1/isolation/bus-runs", run(20, mother, father))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stops.length()", is(1)))
			.andExpect(jsonPath("$.stops[0].compoundName", is("幸福小区")))
			.andExpect(jsonPath("$.stops[0].riders[*].name", hasItem("李芳")))
			.andExpect(jsonPath("$.status", is("PLANNED")))), "$.id");

		mvc.perform(get("/api/v1/isolation/bus-runs/mine").with(as(driver)))
			.andExpect(jsonPath("$[0].id", is(runId)))
			.andExpect(jsonPath("$[0].plate", is("沪A·12345")));
		post(driver, "/api/v1/isolation/bus-runs/" + runId + "/start", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("STARTED")));
		assertThat(transfers.awaitingTransfer(city.district.scope())).extracting(CaseInQueue::caseId).containsExactly(child);

		post(district, "/api/v1/isolation/bus-runs/" + runId + "/arrivals", "{\"caseId\":" + child + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", is("case " + child + " is not on run BR-" + runId)));
		post(district, "/api/v1/isolation/bus-runs/" + runId + "/arrivals", "{\"caseId\":" + mother + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("STARTED")));
		beds(1, 1, 0);
		scenario.stimulate(ThrowingSupplier.of(() -> post(district, "/api/v1/isolation/bus-runs/" + runId + "/arrivals",
				"{\"caseId\":" + father + "}").andExpect(jsonPath("$.status", is("CLOSED")))))
			.andWaitForStateChange(() -> InChinese.read(() -> notifications.of(committee.id(), true, 10)),
					found -> found.stream()
				.anyMatch(n -> n.text().contains("终末消毒")))
			.andVerify(found -> assertThat(found).anySatisfy(n -> assertThat(n.text()).contains("终末消毒")));
		beds(2, 0, 0);

		post(district, "/api/v1/facilities/" + shelter + "/admissions", "{\"caseId\":" + child + ",\"bedKind\":\"GENERAL\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("facility " + shelter + " (测试区方舱) has no free GENERAL bed")));
		post(district, "/api/v1/facilities/" + shelter + "/discharges", "{\"caseId\":" + mother + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.free", is(1)));
		beds(1, 0, 1);
		post(district, "/api/v1/facilities/" + shelter + "/discharges", "{\"caseId\":" + mother + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("DISCHARGED")));
		post(district, "/api/v1/facilities/" + shelter + "/discharges", "{\"caseId\":999999999}")
			.andExpect(status().isNotFound());
		post(district, "/api/v1/facilities/" + shelter + "/admissions", "{\"caseId\":" + child + ",\"bedKind\":\"GENERAL\"}")
			.andExpect(status().isCreated());
		beds(2, 0, 0);
	}

	private void beds(int occupied, int held, int free) throws Exception {
		mvc.perform(get("/api/v1/facilities/" + shelter).with(as(district)))
			.andExpect(jsonPath("$.beds[0].occupied", is(occupied)))
			.andExpect(jsonPath("$.beds[0].held", is(held)))
			.andExpect(jsonPath("$.free", is(free)));
	}

	private String run(int seats, long... cases) {
		return "{\"facilityCode\":\"" + shelter + "\",\"seats\":" + seats + ",\"escortName\":\"赵护士\",\"plate\":\"沪A·12345\","
				+ "\"driver\":\"" + driver.username() + "\",\"caseIds\":" + java.util.Arrays.toString(cases) + "}";
	}

	private ResidentView person(String room, String name, LocalDate birth) {
		return residents.register(new NewResident(null, city.compound.code(), "1", room, name, IdDocumentType.RESIDENT_ID,
				TestCity.idNumber(birth, Sex.F), null, birth, Sex.F, Set.of(), MedicalProfile.NONE), TerritoryScope.everything());
	}

	private long report(ResidentView resident) {
		return reports.report(new NewCase(resident.id(), CaseType.ASYMPTOMATIC, MovableClock.cityToday(), null, CaseSource.DISTRICT, null),
				TerritoryScope.everything(), "district").id();
	}

	private ResultActions post(LifelineUser user, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(as(user))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}
}

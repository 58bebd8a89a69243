package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Notification;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.function.ThrowingSupplier;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests over the JSON API: filing from each role, triage, duplicates, scope, the status flow and deadlines. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
@Import(MovableClock.Configuration.class)
class RequestApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Notifications notifications;

	@Autowired
	DeadlineWatch deadlines;

	@Autowired
	MovableClock clock;

	TestCity city;

	LifelineUser committee;

	ResidentView elder;

	ResidentView neighbour;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		elder = city.resident(city.compound, "101", "王秀英", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		neighbour = city.resident(city.compound, "102", "张伟");
	}

	@Test
	void committeeStaffFileForAResidentAndGetDeadlinesFromTheServiceLevel() throws Exception {
		String body = file(committee, elder.id(), "FOOD", "家里没有米了", false).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("NEW")))
			.andExpect(jsonPath("$.channel", is("COMMITTEE")))
			.andExpect(jsonPath("$.vulnerable", is(true)))
			.andExpect(jsonPath("$.committeeId", is((int) city.committee.id())))
			.andExpect(jsonPath("$.ackDueAt", notNullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.time.Instant filed = java.time.Instant.parse(JsonPath.read(body, "$.filedAt"));
		java.time.Instant ackDue = java.time.Instant.parse(JsonPath.read(body, "$.ackDueAt"));
		java.time.Instant resolveDue = java.time.Instant.parse(JsonPath.read(body, "$.resolveDueAt"));
		assertThat(Duration.between(filed, ackDue)).isEqualTo(Duration.ofHours(2));
		assertThat(Duration.between(filed, resolveDue)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void theHotlineFindsTheCallerByPhoneWithOpenRequestsFirst() throws Exception {
		LifelineUser hotline = city.user(Role.HOTLINE_OPERATOR, city.district);
		file(committee, elder.id(), "MEDICINE", "降压药快吃完了", false).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/requests/open").param("phone", elder.phone()).with(basic(hotline)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.residents[0].id", is((int) elder.id())))
			.andExpect(jsonPath("$.openRequests[0].category", is("MEDICINE")));
		file(hotline, elder.id(), "OTHER", "来电反映楼道灯坏了", false).andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel", is("HOTLINE")));
		mvc.perform(get("/api/v1/requests").param("phone", elder.phone()).with(basic(hotline)))
			.andExpect(jsonPath("$.total", is(2)));
	}

	@Test
	void aResidentFilesForTheirOwnHouseholdOnly() throws Exception {
		LifelineUser resident = city.resident(elder.householdId());
		file(resident, elder.id(), "GARBAGE_PARCELS", "快递放在门口三天了", false).andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel", is("RESIDENT")));
		file(resident, neighbour.id(), "FOOD", "not mine", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("residentId")));
		mvc.perform(get("/api/v1/requests").with(basic(resident))).andExpect(jsonPath("$.total", is(1)));
	}

	@Test
	void aCriticalMedicalRequestSaysDial120AndAlertsTheStreet(Scenario scenario) throws Exception {
		LifelineUser taskForce = city.user(Role.STREET_TASK_FORCE, city.street);
		AtomicLong filed = new AtomicLong();
		scenario.stimulate(ThrowingSupplier.of(() -> file(committee, neighbour.id(), "MEDICAL", "胸口剧痛，呼吸困难", true)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.instruction", is("CALL_120")))
			.andExpect(jsonPath("$.timeline[*].action", hasItem("TRIAGED")))
			.andReturn()
			.getResponse()
			.getContentAsString()))
			.andWaitForStateChange(() -> notifications.of(taskForce.id(), false, 50), found -> !found.isEmpty())
			.andVerify((found, body) -> {
				filed.set(((Number) JsonPath.read(body, "$.id")).longValue());
				assertThat(found).anySatisfy(n -> assertThat(n.link()).isEqualTo("/requests/" + filed.get()));
			});
		long id = filed.get();
		List<Notification> alerts = notifications.of(taskForce.id(), false, 50);
		mvc.perform(get("/api/v1/notifications").with(basic(taskForce)))
			.andExpect(jsonPath("$[0].link", is("/requests/" + id)));
		mvc.perform(post("/api/v1/notifications/" + alerts.get(0).id() + "/read").with(basic(taskForce)))
			.andExpect(status().isNoContent());
		assertThat(notifications.of(taskForce.id(), true, 10)).isEmpty();
	}

	@Test
	void criticalIsOnlyForMedicalAndBadInputNamesTheField() throws Exception {
		file(committee, elder.id(), "FOOD", "x", true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("critical")));
		file(committee, elder.id(), "PIZZA", "x", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("category")));
		file(committee, elder.id(), "FOOD", "长".repeat(2001), false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("description")));
		mvc.perform(post("/api/v1/requests").with(basic(committee)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + elder.id() + ",\"category\":\"FOOD\",\"description\":\"x\",\"colour\":\"red\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/requests").with(basic(committee)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + elder.id() + ",\"category\":\"FOOD\",\"description\":\"x\",\"photo\":\"R0lGODlh\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("photo")));
		mvc.perform(get("/api/v1/requests").param("status", "OPEN").with(basic(committee)))
			.andExpect(jsonPath("$.total", is(0)));
	}

	@Test
	void aRefusalIsSaidInTheReadersLanguage() throws Exception {
		String json = "{\"residentId\":" + elder.id() + ",\"category\":\"FOOD\",\"description\":\"" + "长".repeat(2001)
				+ "\"}";
		mvc.perform(post("/api/v1/requests").with(basic(committee)).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("description")))
			.andExpect(jsonPath("$.detail", is("诉求说明超过 2000 个字符")));
		file(committee, elder.id(), "FOOD", "长".repeat(2001), false)
			.andExpect(jsonPath("$.detail", is("the description is longer than 2000 characters")));
	}

	@Test
	void aSecondFilingOfTheSameNeedLinksToTheOpenRequest() throws Exception {
		long first = id(file(committee, elder.id(), "FOOD", "缺米", false).andExpect(status().isCreated()));
		LifelineUser hotline = city.user(Role.HOTLINE_OPERATOR, city.district);
		file(hotline, elder.id(), "FOOD", "又打电话说缺米", false).andExpect(status().isOk())
			.andExpect(jsonPath("$.id", is((int) first)))
			.andExpect(jsonPath("$.duplicateOf", is((int) first)))
			.andExpect(jsonPath("$.timeline[*].action", hasItem("FILED_AGAIN")));
		mvc.perform(get("/api/v1/requests").param("status", "open").with(basic(committee)))
			.andExpect(jsonPath("$.total", is(1)));
	}

	@Test
	void anEmergencyIsNeverFoldedIntoAnOpenRequest() throws Exception {
		long routine = id(file(committee, neighbour.id(), "MEDICAL", "需要复诊", false).andExpect(status().isCreated()));
		file(committee, neighbour.id(), "MEDICAL", "突然昏迷", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.instruction", is("CALL_120")))
			.andExpect(jsonPath("$.id", org.hamcrest.Matchers.not(is((int) routine))));
	}

	@Test
	void aResolvedRequestNoLongerSwallowsANewNeedAndCannotBeReopenedBesideIt() throws Exception {
		long resolved = id(file(committee, elder.id(), "FOOD", "缺米", false));
		act(resolved, "acknowledge", null).andExpect(status().isOk());
		act(resolved, "resolve", "{\"note\":\"已送米\"}").andExpect(status().isOk());
		long fresh = id(file(committee, elder.id(), "FOOD", "又缺油了", false).andExpect(status().isCreated()));
		assertThat(fresh).isNotEqualTo(resolved);
		act(resolved, "reopen", "{\"reason\":\"米没送到\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("#" + fresh)));
	}

	@Test
	void anotherCommitteesRequestIsNotFound() throws Exception {
		ResidentView other = city.resident(city.otherCompound, "201", "李建国");
		LifelineUser otherStaff = users.createDemoAccount(new org.lifeline.identity.NewUser("other-" + city.otherCommittee.code().toLowerCase(),
				"Other", TestCity.PASSWORD, Role.COMMITTEE_STAFF, city.otherCommittee.code(), List.of(), null, null, null));
		long id = id(file(otherStaff, other.id(), "EXAM", "孩子要参加考试", false).andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/requests/" + id).with(basic(committee))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/requests/" + id + "/acknowledge").with(basic(committee)))
			.andExpect(status().isNotFound());
		file(committee, other.id(), "FOOD", "x", false).andExpect(status().isBadRequest());
	}

	@Test
	void theQueuePutsCriticalThenVulnerableFirstAndStepsAreGuarded() throws Exception {
		long plain = id(file(committee, neighbour.id(), "OTHER", "门禁坏了", false));
		long vulnerable = id(file(committee, elder.id(), "OTHER", "需要帮忙", false));
		long critical = id(file(committee, neighbour.id(), "MEDICAL", "昏迷", true));
		mvc.perform(get("/api/v1/requests").param("territory", city.compound.code()).with(basic(committee)))
			.andExpect(jsonPath("$.items[0].id", is((int) critical)))
			.andExpect(jsonPath("$.items[1].id", is((int) vulnerable)))
			.andExpect(jsonPath("$.items[2].id", is((int) plain)));
		act(plain, "resolve", "{\"note\":\"fixed\"}").andExpect(status().isConflict());
		act(plain, "acknowledge", null).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("ACKNOWLEDGED")));
		act(plain, "acknowledge", null).andExpect(status().isConflict());
		act(plain, "assign", "{\"assignee\":\"nobody-here\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("assignee")));
		act(plain, "resolve", "{\"note\":\"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("note")));
		act(plain, "close", null).andExpect(status().isConflict());
	}

	@Test
	void missedDeadlinesEscalateAndFlagTheRequestOverdue(Scenario scenario) throws Exception {
		LifelineUser taskForce = city.user(Role.STREET_TASK_FORCE, city.street);
		LifelineUser districtCommand = city.user(Role.DISTRICT_COMMAND, city.district);
		long id = id(file(committee, neighbour.id(), "FOOD", "缺菜", false));
		mvc.perform(get("/api/v1/requests").param("overdue", "true").param("territory", city.compound.code())
			.with(basic(committee))).andExpect(jsonPath("$.total", is(0)));
		clock.advance(Duration.ofHours(3));
		scenario.stimulate(() -> assertThat(deadlines.check().escalatedToStreet()).isPositive())
			.andWaitForStateChange(() -> notifications.of(taskForce.id(), false, 50), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).isNotEmpty());
		mvc.perform(get("/api/v1/requests/" + id).with(basic(committee)))
			.andExpect(jsonPath("$.overdue", is(true)))
			.andExpect(jsonPath("$.escalatedStreetAt", notNullValue()))
			.andExpect(jsonPath("$.timeline[*].action", hasItem("ESCALATED")));
		mvc.perform(get("/api/v1/requests").param("overdue", "true").param("territory", city.compound.code())
			.with(basic(committee))).andExpect(jsonPath("$.items[0].id", is((int) id)));
		act(id, "acknowledge", null).andExpect(status().isOk());
		clock.advance(Duration.ofHours(22));
		scenario.stimulate(() -> assertThat(deadlines.check().escalatedToDistrict()).isPositive())
			.andWaitForStateChange(() -> notifications.of(districtCommand.id(), false, 50), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).anySatisfy(n -> assertThat(n.text()).contains("Not resolved")));
		assertThat(deadlines.check().escalatedToDistrict()).as("escalated once").isZero();
	}

	@Test
	void aResolvedRequestClosesItself72HoursLater() throws Exception {
		long id = id(file(committee, elder.id(), "WORK_CERTIFICATE", "需要误工证明", false));
		act(id, "acknowledge", null).andExpect(status().isOk());
		act(id, "resolve", "{\"note\":\"证明已开具\"}").andExpect(status().isOk());
		clock.advance(Duration.ofHours(71));
		deadlines.check();
		mvc.perform(get("/api/v1/requests/" + id).with(basic(committee))).andExpect(jsonPath("$.status", is("RESOLVED")));
		clock.advance(Duration.ofHours(2));
		assertThat(deadlines.check().closed()).isPositive();
		mvc.perform(get("/api/v1/requests/" + id).with(basic(committee)))
			.andExpect(jsonPath("$.status", is("CLOSED")))
			.andExpect(jsonPath("$.timeline[-1].actor", is("system")));
	}

	@Test
	void twoStaffActingAtOnceCannotBothWin() throws Exception {
		long id = id(file(committee, elder.id(), "OTHER", "x", false));
		RequestRepository repository = org.springframework.test.util.AopTestUtils.getTargetObject(repositoryBean);
		ServiceRequest first = repository.load(id, org.lifeline.territory.TerritoryScope.everything()).orElseThrow();
		ServiceRequest second = repository.load(id, org.lifeline.territory.TerritoryScope.everything()).orElseThrow();
		first.acknowledge("a", clock.instant());
		second.assign("b", "b", clock.instant());
		assertThat(repository.save(first, clock.instant())).isTrue();
		assertThat(repository.save(second, clock.instant())).isFalse();
	}

	@Autowired
	RequestRepository repositoryBean;

	@Test
	void serviceLevelsAreReadByAllAndChangedByCityCommandOnly() throws Exception {
		mvc.perform(get("/api/v1/service-levels").with(basic(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()", is(8)));
		String same = "[{\"category\":\"OTHER\",\"critical\":false,\"ackMinutes\":1440,\"resolveMinutes\":4320}]";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/service-levels")
			.with(basic(committee)).contentType(MediaType.APPLICATION_JSON).content(same))
			.andExpect(status().isForbidden());
		LifelineUser command = users.createDemoAccount(new org.lifeline.identity.NewUser(
				"command-" + city.district.code().toLowerCase(), "Command", TestCity.PASSWORD, Role.CITY_COMMAND, "310000",
				List.of(), null, null, null));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/service-levels")
			.with(basic(command)).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"category\":\"OTHER\",\"ackMinutes\":0,\"resolveMinutes\":10}]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("ackMinutes")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/service-levels")
			.with(basic(command)).contentType(MediaType.APPLICATION_JSON).content(same))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.category == 'OTHER')].updatedBy", hasItem(command.username())));
	}

	ResultActions file(LifelineUser user, long residentId, String category, String description, boolean critical)
			throws Exception {
		String json = "{\"residentId\":" + residentId + ",\"category\":\"" + category + "\",\"description\":\""
				+ description + "\",\"critical\":" + critical + "}";
		return mvc.perform(post("/api/v1/requests").with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions act(long id, String step, String json) throws Exception {
		var request = post("/api/v1/requests/" + id + "/" + step).with(basic(committee));
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	static RequestPostProcessor basic(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}

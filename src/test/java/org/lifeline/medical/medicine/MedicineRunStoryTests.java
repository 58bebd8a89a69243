package org.lifeline.medical.medicine;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.lifeline.medical.medicine.MedicineFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.medical.Hospitals;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An old man with high blood pressure gets his pills during lockdown: the committee keeps his medicine, tomorrow's
 * batch is built, the district hospital prepares it, the committee receives it and the volunteer goes door to
 * door. His neighbour upstairs is not home, so her medicine comes back as a MEDICINE request in the committee's
 * queue, with its service level.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.medicine.batch-job.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class MedicineRunStoryTests {

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
	MovableClock clock;

	@Test
	void hypertensionPillsFromTheHospitalToTheDoorAndAMissedDoorBackToTheQueue() throws Exception {
		MedicineFixture f = new MedicineFixture(territory, residents, users, hospitals);
		ResidentView grandpa = f.patient(f.city.compound, "1", "101", "李德明");
		ResidentView neighbour = f.patient(f.city.compound, "1", "502", "孙秀兰", "二甲双胍片");

		mvc.perform(put("/api/v1/medicine/residents/" + grandpa.id()).with(as(f.committee))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"medicines\":[{\"name\":\"氨氯地平片\",\"quantity\":2,\"note\":\"5mg 一日一次\"}]}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/medicine/batches/build").with(as(f.committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.day", is(LocalDate.now(clock).plusDays(1).toString())))
			.andExpect(jsonPath("$.batches", is(1)));

		String mine = mvc.perform(get("/api/v1/medicine/batches").param("status", "REQUESTED").with(as(f.desk)))
			.andExpect(jsonPath("$.total", is(1)))
			.andReturn().getResponse().getContentAsString();
		long batch = ((Number) JsonPath.read(mine, "$.items[0].id")).longValue();
		String view = mvc.perform(get("/api/v1/medicine/batches/" + batch).with(as(f.desk)))
			.andReturn().getResponse().getContentAsString();
		List<Integer> lines = JsonPath.read(view, "$.doors[*].lines[*].id");
		clock.advance(Duration.ofHours(2));
		for (int line : lines) {
			mvc.perform(post("/api/v1/medicine/batches/" + batch + "/lines/" + line).with(as(f.desk))
				.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"READY\"}"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/medicine/batches/" + batch + "/ready").with(as(f.desk)))
			.andExpect(jsonPath("$.batch.status", is("READY")))
			.andExpect(jsonPath("$.batch.readyBy", is(f.desk.username())));

		clock.advance(Duration.ofHours(1));
		mvc.perform(post("/api/v1/medicine/batches/" + batch + "/receive").with(as(f.committee)))
			.andExpect(jsonPath("$.batch.status", is("RECEIVED")))
			.andExpect(jsonPath("$.batch.receivedBy", is(f.committee.username())));

		clock.advance(Duration.ofMinutes(30));
		mvc.perform(post("/api/v1/medicine/batches/" + batch + "/households/" + grandpa.householdId()).with(as(f.volunteer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"DELIVERED\"}"))
			.andExpect(jsonPath("$.batch.status", is("RECEIVED")))
			.andExpect(jsonPath("$.doors[?(@.householdId == " + grandpa.householdId() + ")].requestId").value(contains((Object) null)));
		String done = mvc.perform(post("/api/v1/medicine/batches/" + batch + "/households/" + neighbour.householdId())
			.with(as(f.volunteer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"NOT_HOME\",\"note\":\"敲门无人应答，电话未接\"}"))
			.andExpect(jsonPath("$.batch.status", is("DELIVERED")))
			.andExpect(jsonPath("$.batch.exceptions", is(1)))
			.andExpect(jsonPath("$.timeline[*].action", contains("REQUESTED", "PREPARING", "READY", "RECEIVED", "DELIVERED")))
			.andExpect(jsonPath("$.timeline[*].actor", contains(f.committee.username(), f.desk.username(),
					f.desk.username(), f.committee.username(), f.volunteer.username())))
			.andReturn().getResponse().getContentAsString();
		List<Integer> requestIds = JsonPath.read(done, "$.doors[?(@.householdId == " + neighbour.householdId() + ")].requestId");
		int request = requestIds.get(0);

		mvc.perform(get("/api/v1/requests").param("category", "MEDICINE").param("status", "NEW").with(as(f.committee)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].id", is(request)))
			.andExpect(jsonPath("$.items[0].residentId", is((int) neighbour.id())))
			.andExpect(jsonPath("$.items[0].description", containsString("二甲双胍片")))
			.andExpect(jsonPath("$.items[0].description", containsString("敲门无人应答")))
			.andExpect(jsonPath("$.items[0].filedBy", is(f.volunteer.username())));
		String filed = mvc.perform(get("/api/v1/requests/" + request).with(as(f.committee)))
			.andReturn().getResponse().getContentAsString();
		java.time.Instant filedAt = java.time.Instant.parse(JsonPath.read(filed, "$.filedAt"));
		java.time.Instant ackDue = java.time.Instant.parse(JsonPath.read(filed, "$.ackDueAt"));
		org.assertj.core.api.Assertions.assertThat(Duration.between(filedAt, ackDue)).isEqualTo(Duration.ofHours(1));
	}
}

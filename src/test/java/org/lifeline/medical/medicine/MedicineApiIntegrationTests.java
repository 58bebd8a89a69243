package org.lifeline.medical.medicine;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.lifeline.medical.medicine.MedicineFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
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
import org.springframework.test.web.servlet.ResultActions;

/** Medicine runs over the JSON API: building, the hospital rule, scope, bad steps and bad input. */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.medicine.batch-job.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class MedicineApiIntegrationTests {

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

	MedicineFixture f;

	ResidentView patient;

	ResidentView upstairs;

	LocalDate day;

	@BeforeEach
	void fixture() {
		f = new MedicineFixture(territory, residents, users, hospitals);
		patient = f.patient(f.city.compound, "1", "101", "王建国", "氨氯地平片", "阿司匹林肠溶片");
		upstairs = f.patient(f.city.compound, "2", "601", "陈玉珍", "二甲双胍片");
		f.patient(f.city.otherCompound, "1", "101", "赵明", "缬沙坦胶囊");
		day = LocalDate.now(clock).plusDays(3);
	}

	@Test
	void buildingTheSameDayTwiceChangesNothingAndTheNearestOpenGeneralHospitalPrepares() throws Exception {
		build(f.committee).andExpect(status().isOk())
			.andExpect(jsonPath("$.batches", is(1)))
			.andExpect(jsonPath("$.households", is(2)));
		build(f.committee).andExpect(status().isOk()).andExpect(jsonPath("$.batches", is(0)));
		mvc.perform(get("/api/v1/medicine/batches").param("day", day.toString()).with(as(f.committee)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].hospitalCode", is(f.hospital)))
			.andExpect(jsonPath("$.items[0].status", is("REQUESTED")))
			.andExpect(jsonPath("$.items[0].lines", is(3)))
			.andExpect(jsonPath("$.items[0].builtBy", is(f.committee.username())));
	}

	@Test
	void quantitiesKeptForAResidentGoIntoTheNextBatch() throws Exception {
		mvc.perform(put("/api/v1/medicine/residents/" + patient.id()).with(as(f.committee))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"medicines\":[{\"name\":\"氨氯地平片\",\"quantity\":3,\"note\":\"5mg\"},{\"name\":\"格列美脲片\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.medicines[0].quantity", is(3)))
			.andExpect(jsonPath("$.medicines[1].name", is("格列美脲片")));
		mvc.perform(get("/api/v1/residents/" + patient.id()).with(as(f.committee)))
			.andExpect(jsonPath("$.medicalProfile.longTermMedicines", hasSize(2)));
		long id = batchId(build(f.committee));
		mvc.perform(get("/api/v1/medicine/batches/" + id).with(as(f.desk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doors[?(@.householdId == " + patient.householdId() + ")].lines[?(@.medicine == '氨氯地平片')].quantity").value(3))
			.andExpect(jsonPath("$.doors[?(@.householdId == " + patient.householdId() + ")].lines[?(@.medicine == '氨氯地平片')].note").value("5mg"));
	}

	@Test
	void eachRoleSeesOnlyItsOwnBatchesAndDoors() throws Exception {
		long id = batchId(build(f.committee));
		LifelineUser otherCommittee = f.user("other-committee", Role.COMMITTEE_STAFF, f.city.otherCommittee);
		mvc.perform(get("/api/v1/medicine/batches/" + id).with(as(otherCommittee))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("medicine batch " + id)));
		mvc.perform(get("/api/v1/medicine/batches/" + id).with(as(f.otherDesk))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/medicine/batches/" + id).with(as(f.volunteer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doors", hasSize(1)))
			.andExpect(jsonPath("$.doors[0].householdId", is((int) patient.householdId())))
			.andExpect(jsonPath("$.batch.lines", is(2)));
		mvc.perform(post("/api/v1/medicine/batches/" + id + "/lines/1").with(as(f.committee))
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"READY\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/medicine/residents/" + patient.id()).with(as(otherCommittee)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("resident " + patient.id())));
	}

	@Test
	void impossibleStepsAnswer409NamingFromAndTo() throws Exception {
		long id = batchId(build(f.committee));
		mvc.perform(post("/api/v1/medicine/batches/" + id + "/receive").with(as(f.committee)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("from REQUESTED to RECEIVED")));
		mvc.perform(post("/api/v1/medicine/batches/" + id + "/households/" + patient.householdId()).with(as(f.volunteer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"DELIVERED\"}"))
			.andExpect(status().isConflict());
		long line = firstLine(id);
		mark(id, line, "READY", null).andExpect(status().isOk()).andExpect(jsonPath("$.batch.status", is("PREPARING")));
		mvc.perform(post("/api/v1/medicine/batches/" + id + "/ready").with(as(f.desk)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("from PREPARING to READY")));
	}

	@Test
	void badInputIsNamed() throws Exception {
		long id = batchId(build(f.committee));
		long line = firstLine(id);
		mark(id, line, "SOMETIMES", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("outcome")));
		mark(id, line, "OUT_OF_STOCK", "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("note")));
		mark(id, 999_999_999L, "READY", null).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("medicine line 999999999")));
		mvc.perform(get("/api/v1/medicine/batches/999999999").with(as(f.committee))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/medicine/residents/999999999").with(as(f.committee))
			.contentType(MediaType.APPLICATION_JSON).content("{\"medicines\":[]}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("resident 999999999")));
		mvc.perform(put("/api/v1/medicine/residents/" + patient.id()).with(as(f.committee))
			.contentType(MediaType.APPLICATION_JSON).content("{\"medicines\":[{\"name\":\"氨氯地平片\",\"quantity\":500}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("medicines[0].quantity")));
		mvc.perform(get("/api/v1/medicine/batches").param("status", "LOST").with(as(f.committee)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("status")));
	}

	@Test
	void theStreetChoosesAnotherHospitalOfTheDistrictForACompound() throws Exception {
		LifelineUser street = f.city.user(Role.STREET_TASK_FORCE, f.city.street);
		String code = f.city.compound.code();
		mvc.perform(get("/api/v1/medicine/compounds/" + code + "/hospital").with(as(street)))
			.andExpect(jsonPath("$.hospitalCode", is(f.hospital)))
			.andExpect(jsonPath("$.chosen", is(false)));
		choose(street, code, "NOWHERE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("hospitalCode")))
			.andExpect(jsonPath("$.detail", containsString("hospital NOWHERE not found")));
		choose(street, "NO-SUCH-COMPOUND", f.otherHospital).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("compound NO-SUCH-COMPOUND not found")));
		choose(f.committee, code, f.otherHospital).andExpect(status().isForbidden());
		choose(street, code, f.otherHospital).andExpect(status().isOk())
			.andExpect(jsonPath("$.hospitalCode", is(f.otherHospital)))
			.andExpect(jsonPath("$.chosen", is(true)));
		long id = batchId(build(f.committee));
		mvc.perform(get("/api/v1/medicine/batches/" + id).with(as(f.otherDesk))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/medicine/batches/" + id).with(as(f.desk))).andExpect(status().isNotFound());
	}

	@Test
	void aDistrictWithoutAnOpenGeneralHospitalIsReported() throws Exception {
		jdbc.sql("update hospital set open = false where district_id = ?").param(f.city.district.id()).update();
		build(f.committee).andExpect(jsonPath("$.batches", is(0)))
			.andExpect(jsonPath("$.compoundsWithoutHospital[0]", is(f.city.compound.code())));
		mvc.perform(get("/api/v1/medicine/batches").with(as(f.desk)))
			.andExpect(jsonPath("$.items[*].hospitalCode", everyItem(is(f.hospital))));
	}

	@Test
	void aChineseReaderIsToldInChineseThatTheHospitalIsUnknown() throws Exception {
		LifelineUser street = f.city.user(Role.STREET_TASK_FORCE, f.city.street);
		mvc.perform(put("/api/v1/medicine/compounds/" + f.city.compound.code() + "/hospital").with(as(street))
			.header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{\"hospitalCode\":\"NOWHERE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("hospitalCode")))
			.andExpect(jsonPath("$.detail", is("找不到医院 NOWHERE")));
	}

	private ResultActions choose(LifelineUser user, String compound, String hospital) throws Exception {
		return mvc.perform(put("/api/v1/medicine/compounds/" + compound + "/hospital").with(as(user))
			.contentType(MediaType.APPLICATION_JSON).content("{\"hospitalCode\":\"" + hospital + "\"}"));
	}

	private ResultActions build(LifelineUser user) throws Exception {
		return mvc.perform(post("/api/v1/medicine/batches/build").with(as(user)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"" + day + "\"}"));
	}

	private long batchId(ResultActions built) throws Exception {
		built.andExpect(status().isOk());
		String list = mvc.perform(get("/api/v1/medicine/batches").param("day", day.toString()).with(as(f.committee)))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(list, "$.items[0].id")).longValue();
	}

	private long firstLine(long batch) throws Exception {
		String body = mvc.perform(get("/api/v1/medicine/batches/" + batch).with(as(f.desk)))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.doors[0].lines[0].id")).longValue();
	}

	private ResultActions mark(long batch, long line, String outcome, String note) throws Exception {
		return mvc.perform(post("/api/v1/medicine/batches/" + batch + "/lines/" + line).with(as(f.desk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"" + outcome + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}"));
	}
}

package org.lifeline.screening.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import ca.uhn.fhir.context.FhirContext;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Specimen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.ScreeningFixture;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Lab results over the API: JSON, CSV, XLSX and FHIR; the same file twice; unknown tubes; bad rows; corrections. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class ResultsApiIntegrationTests {

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

	TestCity city;

	ScreeningFixture screening;

	LifelineUser lab;

	ResidentView first;

	ResidentView second;

	ResidentView third;

	long round;

	Instant sampled;

	@BeforeEach
	void round() {
		city = new TestCity(territory, residents, users);
		screening = new ScreeningFixture(jdbc);
		lab = city.user(Role.LAB, null);
		first = city.resident(city.compound, "101", "王秀英");
		second = city.resident(city.compound, "101", "李强");
		third = city.resident(city.compound, "102", "张伟");
		round = screening.round(LocalDate.now(clock), city.street, city.compound);
		sampled = clock.instant().minus(Duration.ofHours(6));
	}

	@Test
	void aJsonBatchAppliesKnownTubesKeepsUnknownOnesAndTheSameBatchTwiceChangesNothing() throws Exception {
		String positive = screening.pool(round, sampled, first.id(), second.id());
		String negative = screening.pool(round, sampled, third.id());
		String body = """
				{"results":[{"tubeCode":"%s","result":"POSITIVE","reportedAt":"%s","ctValue":28.5},
				            {"tubeCode":"%s","result":"NEGATIVE","reportedAt":"%s"},
				            {"tubeCode":"NOSUCHTUBE1","result":"NEGATIVE","reportedAt":"%s"}]}"""
			.formatted(positive, reported(), negative, reported(), reported());
		json(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.applied", is(2)))
			.andExpect(jsonPath("$.unchanged", is(0)))
			.andExpect(jsonPath("$.unmatched", contains("NOSUCHTUBE1")))
			.andExpect(jsonPath("$.rejected", hasSize(0)));
		json(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.applied", is(0)))
			.andExpect(jsonPath("$.unchanged", is(2)))
			.andExpect(jsonPath("$.unmatched", contains("NOSUCHTUBE1")));
		assertThat(jdbc.sql("select count(*) from tube_result r join screening_tube t on t.id = r.tube_id where t.tube_code = ?")
			.param(positive).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from unmatched_result where tube_code = 'NOSUCHTUBE1' and matched_at is null")
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(screening.status(first.id())).isEqualTo("AWAITING_RECHECK");
		assertThat(screening.openTasks(second.id())).containsExactly("RECHECK " + LocalDate.now(clock));
		assertThat(screening.status(third.id())).isEqualTo("CLEAR");
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		mvc.perform(get("/api/v1/residents/" + first.id()).with(basic(committee)))
			.andExpect(jsonPath("$.screeningStatus", is("AWAITING_RECHECK")))
			.andExpect(jsonPath("$.name", is("王秀英")));
		mvc.perform(get("/api/v1/screening/results/uploads").with(basic(lab)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].format", is("JSON")))
			.andExpect(jsonPath("$[0].unchanged", is(2)));
	}

	@Test
	void aCsvWithUnreadableRowsIsRefusedWholeNamingEveryBadRow() throws Exception {
		String tube = screening.pool(round, sampled, first.id());
		String csv = "tube_code,result,reported_at,ct_value\n" + tube + ",NEGATIVE," + reported() + ",\n"
				+ "ABC001,MAYBE," + reported() + ",\n" + ",POSITIVE,yesterday,abc\n";
		upload("results.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("file")))
			.andExpect(jsonPath("$.rejected", hasSize(2)))
			.andExpect(jsonPath("$.rejected[0].line", is(3)))
			.andExpect(jsonPath("$.rejected[0].reason", containsString("MAYBE")))
			.andExpect(jsonPath("$.rejected[1].line", is(4)))
			.andExpect(jsonPath("$.rejected[1].reason", containsString("tube_code is empty")))
			.andExpect(jsonPath("$.rejected[1].reason", containsString("ct_value")));
		assertThat(jdbc.sql("select result from screening_tube where tube_code = ?").param(tube)
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void aCsvAndAnXlsxFileAreReadAndAnInvalidTubeSendsItsMembersToBeResampled() throws Exception {
		String invalid = screening.pool(round, sampled, first.id(), second.id());
		String negative = screening.pool(round, sampled, third.id());
		String csv = "\uFEFFtube_code,result,reported_at\n" + invalid + ",INVALID," + reported() + "\n";
		upload("results.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.applied", is(1)));
		assertThat(screening.openTasks(first.id())).containsExactly("RESAMPLE " + LocalDate.now(clock));
		upload("results.xlsx", xlsx(negative, "阴性", "2022-04-04 10:30", "35.1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.applied", is(1)));
		assertThat(jdbc.sql("select result || ' ' || ct_value from screening_tube where tube_code = ?").param(negative)
			.query(String.class).single()).isEqualTo("NEGATIVE 35.10");
		mvc.perform(get("/api/v1/screening/results/uploads").with(basic(lab)))
			.andExpect(jsonPath("$[0].format", is("XLSX")))
			.andExpect(jsonPath("$[1].format", is("CSV")));
	}

	@Test
	void aFhirBundleOfObservationsAndDiagnosticReportsIsRead() throws Exception {
		String observed = screening.pool(round, sampled, first.id(), second.id());
		String reportedTube = screening.pool(round, sampled, third.id());
		Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
		Specimen specimen = new Specimen();
		specimen.setId("spec-1");
		specimen.addIdentifier(new Identifier().setSystem("urn:lifeline:tube").setValue(observed));
		bundle.addEntry().setFullUrl("urn:uuid:spec-1").setResource(specimen);
		Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
			.setCode(new CodeableConcept(new Coding("http://loinc.org", "94500-6", "SARS-CoV-2 RNA")))
			.setSpecimen(new Reference("urn:uuid:spec-1"))
			.setValue(new CodeableConcept(new Coding("http://snomed.info/sct", "10828004", "Positive")))
			.setIssued(Date.from(clock.instant().minus(Duration.ofHours(1))));
		observation.addComponent()
			.setCode(new CodeableConcept().setText("Ct value"))
			.setValue(new Quantity().setValue(27.4));
		bundle.addEntry().setResource(observation);
		DiagnosticReport report = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
			.setCode(new CodeableConcept(new Coding("http://loinc.org", "94500-6", "SARS-CoV-2 RNA")));
		report.addSpecimen(new Reference().setIdentifier(new Identifier().setValue(reportedTube)));
		report.addConclusionCode(new CodeableConcept(new Coding("http://snomed.info/sct", "260385009", "Negative")));
		report.setIssued(Date.from(clock.instant().minus(Duration.ofHours(1))));
		bundle.addEntry().setResource(report);
		byte[] json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle)
			.getBytes(StandardCharsets.UTF_8);
		upload("bundle.json", json).andExpect(status().isOk())
			.andExpect(jsonPath("$.applied", is(2)))
			.andExpect(jsonPath("$.unmatched", hasSize(0)));
		assertThat(jdbc.sql("select result || ' ' || ct_value from screening_tube where tube_code = ?").param(observed)
			.query(String.class).single()).isEqualTo("POSITIVE 27.40");
		assertThat(screening.status(second.id())).isEqualTo("AWAITING_RECHECK");
		assertThat(jdbc.sql("select result from screening_tube where tube_code = ?").param(reportedTube)
			.query(String.class).single()).isEqualTo("NEGATIVE");
		upload("bundle.json", json).andExpect(jsonPath("$.applied", is(0))).andExpect(jsonPath("$.unchanged", is(2)));
	}

	@Test
	void aPositiveCorrectedToNegativeWaitsForAPersonToConfirmIt() throws Exception {
		String tube = screening.pool(round, sampled, first.id(), second.id());
		Instant early = clock.instant().minus(Duration.ofHours(2));
		json(one(tube, "POSITIVE", early)).andExpect(jsonPath("$.applied", is(1)));
		json(one(tube, "NEGATIVE", early.plus(Duration.ofMinutes(30)))).andExpect(jsonPath("$.applied", is(1)));
		assertThat(jdbc.sql("select needs_confirmation from screening_tube where tube_code = ?").param(tube)
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from tube_result r join screening_tube t on t.id = r.tube_id where t.tube_code = ?")
			.param(tube).query(Integer.class).single()).isEqualTo(2);
		assertThat(screening.status(first.id())).isEqualTo("AWAITING_RECHECK");
		json(one(tube, "POSITIVE", early.minus(Duration.ofHours(1)))).andExpect(jsonPath("$.applied", is(1)));
		assertThat(jdbc.sql("select result from screening_tube where tube_code = ?").param(tube)
			.query(String.class).single()).as("an older report joins the history only").isEqualTo("NEGATIVE");
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		mvc.perform(post("/api/v1/screening/tubes/" + tube + "/confirm").with(basic(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cleared", is(2)));
		assertThat(screening.status(first.id())).isEqualTo("CLEAR");
		assertThat(screening.openTasks(first.id())).isEmpty();
		mvc.perform(post("/api/v1/screening/tubes/" + tube + "/confirm").with(basic(committee)))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyLabsPostResultsAndBadJsonIsNamed() throws Exception {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		mvc.perform(post("/api/v1/screening/results").with(basic(committee)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"results\":[]}")).andExpect(status().isForbidden());
		json("{\"results\":[]}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("results")));
		json("{\"results\":[{\"tubeCode\":\"X1\",\"result\":\"NEGATIVE\",\"reportedAt\":\"2099-01-01T00:00:00Z\"}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rejected[0].line", is(1)))
			.andExpect(jsonPath("$.rejected[0].reason", containsString("future")));
		upload("empty.csv", new byte[0]).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("file")));
		upload("bundle.json", "{\"resourceType\":\"Patient\"}".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("file")));
	}

	private String reported() {
		return clock.instant().minus(Duration.ofHours(1)).toString();
	}

	private static String one(String tube, String result, Instant at) {
		return "{\"results\":[{\"tubeCode\":\"" + tube + "\",\"result\":\"" + result + "\",\"reportedAt\":\"" + at + "\"}]}";
	}

	private ResultActions json(String body) throws Exception {
		return mvc.perform(post("/api/v1/screening/results").with(basic(lab)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/screening/results").file(new MockMultipartFile("file", name,
				"application/octet-stream", content)).with(basic(lab)));
	}

	private static byte[] xlsx(String tube, String result, String reportedAt, String ct) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("results");
			String[][] rows = { { "试管编码", "检测结果", "报告时间", "CT值" }, { tube, result, reportedAt, ct } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static RequestPostProcessor basic(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}

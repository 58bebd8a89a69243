package org.lifeline.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Work-absence certificates on the embedded PostgreSQL: a resident asks, the committee issues from the compound's
 * zone history, the PDF carries the committee, the code and the days in Chinese, the public check shows only the
 * masked name, the days and the issuer, and a revoked certificate says so; a range outside the sealed days is refused.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CertificateApiIntegrationTests {

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

	TestCity city;

	LifelineUser committee;

	ResidentView resident;

	LocalDate today;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		resident = city.resident(city.compound, "601", "王小明");
		today = LocalDate.now(SHANGHAI);
		// The compound was sealed 20 days ago at noon and moved to controlled at midnight 5 days ago.
		zoneChange(null, "SEALED", today.minusDays(20).atTime(12, 0));
		zoneChange("SEALED", "CONTROLLED", today.minusDays(5).atStartOfDay());
	}

	@Test
	void theResidentAsksTheCommitteeIssuesAndAnyoneChecksTheMaskedCertificate() throws Exception {
		LifelineUser home = city.resident(resident.householdId());
		mvc.perform(post("/api/v1/certificates/requests").contentType(MediaType.APPLICATION_JSON)
				.content(range(resident.id(), today.minusDays(20), today.minusDays(6))).with(as(home)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("ASKED")));
		mvc.perform(get("/api/v1/certificates/requests").with(as(committee)))
			.andExpect(jsonPath("$.items[0].residentId", is((int) resident.id())))
			.andExpect(jsonPath("$.items[0].status", is("ASKED")));

		String issued = issue(range(resident.id(), today.minusDays(20), today.minusDays(6)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(issued, "$.code");
		String pdfUrl = JsonPath.read(issued, "$.pdfUrl");
		assertThat(pdfUrl).isEqualTo("/api/v1/certificates/" + code + "/pdf");
		mvc.perform(get("/api/v1/certificates/requests").with(as(committee)))
			.andExpect(jsonPath("$.items[0].status", is("ISSUED")));

		byte[] pdf = mvc.perform(get(pdfUrl).with(as(home)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("误工证明", "王小明", city.committee.name(), code, "/verify/" + code);
		}

		mvc.perform(get("/verify/" + code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王*明")))
			.andExpect(content().string(containsString(city.committee.name())))
			.andExpect(content().string(containsString(today.minusDays(20).toString())))
			.andExpect(content().string(not(containsString("王小明"))))
			.andExpect(content().string(not(containsString(resident.idNumber()))))
			.andExpect(content().string(not(containsString(city.compound.name()))))
			.andExpect(content().string(containsString("verify-valid")));

		mvc.perform(post("/api/v1/certificates/" + code + "/revoke").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"日期填写有误\"}").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokeReason", is("日期填写有误")))
			.andExpect(jsonPath("$.revokedAt", notNullValue()));
		mvc.perform(post("/api/v1/certificates/" + code + "/revoke").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"again\"}").with(as(committee)))
			.andExpect(status().isConflict());
		mvc.perform(get("/verify/" + code)).andExpect(content().string(containsString("verify-revoked")));
		mvc.perform(get("/verify/NOSUCHCODE1")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("verify-unknown")));
	}

	@Test
	void aRangeOutsideTheSealedDaysIsRefusedInTheReadersLanguage() throws Exception {
		mvc.perform(post("/api/v1/certificates").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "zh-CN")
				.content(range(resident.id(), today.minusDays(20), today.minusDays(3))).with(as(committee)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("from")))
			.andExpect(jsonPath("$.detail", is(today.minusDays(20) + "至" + today.minusDays(3) + "不在该户封控期内，封控期为："
					+ today.minusDays(20) + " – " + today.minusDays(6))));
	}

	@Test
	void aRangeOutsideTheSealedDaysOrBadInputIsRefusedNamingTheField() throws Exception {
		issue(range(resident.id(), today.minusDays(20), today.minusDays(3))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("from")))
			.andExpect(jsonPath("$.detail", containsString(today.minusDays(20) + " – " + today.minusDays(6))));
		issue(range(resident.id(), today.minusDays(30), today.minusDays(25))).andExpect(status().isBadRequest());
		issue(range(resident.id(), today.minusDays(6), today.minusDays(10))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("to")));
		issue(range(resident.id(), today, today.plusDays(2))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("to")));
		issue("{\"from\":\"" + today.minusDays(10) + "\",\"to\":\"" + today.minusDays(8) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("residentId")));
		issue(range(-7L, today.minusDays(10), today.minusDays(8))).andExpect(status().isNotFound());
		TestCity elsewhere = new TestCity(territory, residents, users);
		LifelineUser stranger = elsewhere.user(Role.COMMITTEE_STAFF, elsewhere.committee);
		mvc.perform(post("/api/v1/certificates").contentType(MediaType.APPLICATION_JSON)
				.content(range(resident.id(), today.minusDays(10), today.minusDays(8))).with(as(stranger)))
			.andExpect(status().isNotFound());
		Integer saved = jdbc.sql("select count(*) from certificate where resident_id = ?").param(resident.id())
			.query(Integer.class).single();
		assertThat(saved).isZero();
	}

	private ResultActions issue(String body) throws Exception {
		return mvc.perform(post("/api/v1/certificates").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(as(committee)));
	}

	private static String range(long residentId, LocalDate from, LocalDate to) {
		return "{\"residentId\":" + residentId + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
	}

	private void zoneChange(String from, String to, java.time.LocalDateTime at) {
		jdbc.sql("""
				insert into zone_change (compound_id, district_id, unit_id, from_zone, to_zone, reason, changed_by, changed_at)
				values (?, ?, ?, ?, ?, 'test', 'test', ?)""")
			.params(city.compound.id(), city.district.id(), city.compound.id(), from, to,
					Timestamp.from(at.atZone(SHANGHAI).toInstant()))
			.update();
	}

	private static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}

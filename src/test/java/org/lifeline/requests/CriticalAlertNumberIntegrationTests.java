package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Message;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.personal.PersonalData;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.function.ThrowingSupplier;

/**
 * The street's alert of a critical medical request names the patient and address and carries the number to call:
 * a tel: link for the street task force, each view audited as a disclosure; a role that does not call (district
 * command) sees the number masked and never as a link.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
class CriticalAlertNumberIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStreetCallsThePatientFromTheAlertAndTheViewIsAudited(Scenario scenario) throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		LifelineUser street = city.user(Role.STREET_TASK_FORCE, city.street);
		ResidentView patient = city.resident(city.compound, "301", "李建华");
		String json = "{\"residentId\":" + patient.id() + ",\"category\":\"MEDICAL\",\"description\":\"胸口剧痛\",\"critical\":true}";
		AtomicLong filed = new AtomicLong();
		scenario.stimulate(ThrowingSupplier.of(() -> mvc.perform(post("/api/v1/requests")
				.with(httpBasic(committee.username(), TestCity.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()))
			.andWaitForStateChange(() -> notifications.of(street.id(), false, 10), found -> !found.isEmpty())
			.andVerify((found, body) -> {
				filed.set(((Number) JsonPath.read(body, "$.id")).longValue());
				assertThat(found.get(0).callRequestId()).isEqualTo(filed.get());
			});
		long id = filed.get();

		mvc.perform(get("/notifications").with(user(details.loadUserByUsername(street.username()))))
			.andExpect(content().string(containsString("李建华")))
			.andExpect(content().string(containsString("href=\"tel:" + patient.phone() + "\"")));
		assertThat(disclosures(id, street)).isEqualTo(1);
		mvc.perform(get("/api/v1/notifications").with(httpBasic(street.username(), TestCity.PASSWORD)))
			.andExpect(jsonPath("$[0].callPhone", is(patient.phone())));
		assertThat(disclosures(id, street)).isEqualTo(2);

		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		notifications.send(List.of(district.id()), Message.of("notice.request.critical", id, "李建华"), "/requests/" + id, id);
		String masked = PersonalData.Kind.PHONE.mask(patient.phone());
		mvc.perform(get("/notifications").with(user(details.loadUserByUsername(district.username()))))
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(patient.phone()))))
			.andExpect(content().string(not(containsString("href=\"tel:"))));
		mvc.perform(get("/api/v1/notifications").with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(jsonPath("$[0].callPhone", is(masked)));
		assertThat(disclosures(id, district)).isZero();
	}

	private long disclosures(long requestId, LifelineUser actor) {
		return jdbc.sql("select count(*) from audit_entry where action = 'DISCLOSE' and subject_type = 'REQUEST_ALERT' "
				+ "and subject_id = ? and actor = ?").params(String.valueOf(requestId), actor.username())
			.query(Long.class).single();
	}
}

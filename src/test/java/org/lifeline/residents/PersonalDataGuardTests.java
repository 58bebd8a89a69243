package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Calls every GET endpoint of the published API as committee staff, with ids of a resident in their scope, and
 * fails when any answer carries that resident's full ID number or phone. A new endpoint that forgets to use a
 * read model with {@code @PersonalData} fields fails here. Exports are the audited way out and are excluded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonalDataGuardTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Test
	void noEndpointAnswersWithUnmaskedPersonalData() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		ResidentView resident = city.resident(city.compound, "301", "赵美兰");
		Map<String, String> values = Map.of("id", String.valueOf(resident.id()), "householdId",
				String.valueOf(resident.householdId()), "code", city.compound.code(), "compoundCode",
				city.compound.code());

		String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		List<String> called = new ArrayList<>();
		for (var entry : paths.entrySet()) {
			if (!entry.getValue().containsKey("get") || entry.getKey().startsWith("/api/v1/exports")) {
				continue;
			}
			String url = fill(entry.getKey(), values);
			String body = mvc.perform(get(url).param("territory", city.committee.code())
				.with(httpBasic(committee.username(), TestCity.PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			called.add(url);
			assertThat(body).as("answer of GET %s", url).doesNotContain(resident.idNumber()).doesNotContain(resident.phone());
		}
		assertThat(called).as("endpoints called").anyMatch(u -> u.startsWith("/api/v1/residents"));
	}

	private static String fill(String path, Map<String, String> values) {
		Matcher m = VARIABLE.matcher(path);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, values.getOrDefault(m.group(1), values.get("id")));
		}
		m.appendTail(out);
		return out.toString();
	}
}

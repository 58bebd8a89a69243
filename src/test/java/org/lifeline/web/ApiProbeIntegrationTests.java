package org.lifeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.lifeline.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A probe of the whole API as its users meet it: every GET of {@code /v3/api-docs}, called as every demo account
 * of the README with path parameters filled from the demo city, must answer without a 5xx and without a phone or
 * an identity number in clear that the role may not see.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiProbeIntegrationTests {

	/** The demo accounts of the README and what each may see in clear: the expectations, written independently. */
	private static final Map<String, Set<Seen>> DEMO_ROLES = new LinkedHashMap<>();

	static {
		DEMO_ROLES.put("city", EnumSet.of(Seen.CONTACT_PHONE));
		DEMO_ROLES.put("district", EnumSet.of(Seen.CONTACT_PHONE));
		DEMO_ROLES.put("street", EnumSet.of(Seen.CONTACT_PHONE));
		DEMO_ROLES.put("committee", EnumSet.of(Seen.CONTACT_PHONE));
		DEMO_ROLES.put("hotline", EnumSet.of(Seen.PHONE));
		DEMO_ROLES.put("volunteer", EnumSet.of(Seen.PHONE));
		DEMO_ROLES.put("driver", EnumSet.of(Seen.PHONE));
		DEMO_ROLES.put("hospital", EnumSet.noneOf(Seen.class));
		DEMO_ROLES.put("supplier", EnumSet.of(Seen.CONTACT_PHONE));
		DEMO_ROLES.put("lab", EnumSet.noneOf(Seen.class));
		DEMO_ROLES.put("resident", EnumSet.of(Seen.PHONE, Seen.ID_NUMBER));
	}

	private static final Pattern PHONE = Pattern.compile("(?<![\\d*])1[3-9]\\d{9}(?![\\d*])");

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\d*])\\d{6}(?:19|20)\\d{2}[01]\\d[0-3]\\d{4}[\\dXx](?![\\d*])");

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyGetAsEveryDemoRoleAnswersWithoutA5xxOrDataTheRoleMayNotSee() throws Exception {
		JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		List<Endpoint> endpoints = new ArrayList<>();
		docs.get("paths").properties().forEach(path -> {
			JsonNode get = path.getValue().get("get");
			if (get != null) {
				endpoints.add(new Endpoint(path.getKey(), get.path("parameters")));
			}
		});
		assertThat(endpoints).hasSizeGreaterThan(20);

		List<String> failures = new ArrayList<>();
		int calls = 0;
		Map<String, String> cityIds = new LinkedHashMap<>();
		for (Map.Entry<String, Set<Seen>> role : DEMO_ROLES.entrySet()) {
			String token = token(role.getKey());
			Map<String, String> ids = new LinkedHashMap<>();
			for (boolean templates : new boolean[] { false, true }) {
				for (Endpoint endpoint : endpoints) {
					if (endpoint.isTemplate() != templates) {
						continue;
					}
					String url = endpoint.url(ids, cityIds, this::demoValue);
					if (url == null) {
						continue;
					}
					calls++;
					MockHttpServletResponse response;
					try {
						response = call(url, token);
					}
					catch (Exception broken) {
						failures.add(role.getKey() + " GET " + url + " broke off: " + broken.getMessage());
						continue;
					}
					if (response == null) {
						failures.add(role.getKey() + " GET " + url + " did not answer within 10 s");
						continue;
					}
					String body = response.getContentAsString();
					if (response.getStatus() >= 500) {
						failures.add(role.getKey() + " GET " + url + " -> " + response.getStatus() + " " + body);
					}
					failures.addAll(leaks(role.getKey(), role.getValue(), url, body));
					if (!templates && response.getStatus() == 200) {
						collectIds(endpoint.path(), body, ids);
					}
				}
			}
			if (role.getKey().equals("city")) {
				cityIds.putAll(ids);
			}
		}
		assertThat(calls).isGreaterThan(DEMO_ROLES.size() * 20);
		assertThat(failures).isEmpty();
	}

	private MockHttpServletResponse call(String url, String token) throws Exception {
		MvcResult result = mvc.perform(get(url).header("Authorization", "Bearer " + token)).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			try {
				result = mvc.perform(asyncDispatch(result)).andReturn();
			}
			catch (IllegalStateException notAnswered) {
				return null;
			}
		}
		return result.getResponse();
	}

	private String token(String username) throws Exception {
		String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, "demo")))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(issued, "$.token");
	}

	/** Phones and identity numbers in clear in the answer that the role may not see. */
	private static List<String> leaks(String role, Set<Seen> seen, String url, String body) {
		List<String> found = new ArrayList<>();
		boolean contacts = url.startsWith("/api/v1/suppliers") || url.startsWith("/api/v1/volunteers")
				|| url.startsWith("/api/v1/exams");
		Seen phoneKind = contacts ? Seen.CONTACT_PHONE : Seen.PHONE;
		if (!seen.contains(phoneKind)) {
			Matcher phone = PHONE.matcher(body);
			if (phone.find()) {
				found.add(role + " GET " + url + " shows the " + phoneKind + " " + phone.group() + " in clear");
			}
		}
		if (!seen.contains(Seen.ID_NUMBER)) {
			Matcher id = ID_NUMBER.matcher(body);
			if (id.find()) {
				found.add(role + " GET " + url + " shows the identity number " + id.group() + " in clear");
			}
		}
		return found;
	}

	/** Remembers the first id (or code) a list answered, for the paths below it. */
	private void collectIds(String path, String body, Map<String, String> ids) {
		try {
			JsonNode node = json.readTree(body);
			JsonNode items = node.isArray() ? node : node.path("items");
			JsonNode first = items.isArray() && !items.isEmpty() ? items.get(0) : null;
			if (first == null) {
				return;
			}
			JsonNode id = first.has("id") ? first.get("id") : first.get("code");
			if (id != null && !id.isNull()) {
				ids.putIfAbsent(path, id.asString());
			}
		}
		catch (RuntimeException notJson) {
			// exports and pages answer other formats
		}
	}

	/** A value from the demo city for a path or query parameter the lists did not give. */
	private String demoValue(String name) {
		String lower = name.toLowerCase();
		if (lower.contains("code") || lower.equals("territory")) {
			return jdbc.sql("select code from territory_node where kind = 'COMPOUND' order by id limit 1").query(String.class).single();
		}
		if (lower.contains("phone")) {
			return "13900000000";
		}
		if (lower.contains("day") || lower.contains("date")) {
			return MovableClock.cityToday().toString();
		}
		if (lower.contains("household")) {
			return String.valueOf(jdbc.sql("select min(id) from household").query(Long.class).single());
		}
		return "1";
	}

	/** What a role may see in clear (for phones: residents' and callers' phones apart from business contacts). */
	enum Seen {
		PHONE, CONTACT_PHONE, ID_NUMBER
	}

	/** One GET of the API description. */
	record Endpoint(String path, JsonNode parameters) {

		boolean isTemplate() {
			return path.contains("{");
		}

		/** The URL with its path parameters and required query parameters filled, or null if none can be found. */
		String url(Map<String, String> ids, Map<String, String> cityIds, java.util.function.Function<String, String> demo) {
			StringBuilder url = new StringBuilder();
			Matcher m = PATH_PARAMETER.matcher(path);
			int last = 0;
			while (m.find()) {
				String collection = path.substring(0, m.start() - 1);
				String value = ids.getOrDefault(collection, cityIds.get(collection));
				if (value == null) {
					value = demo.apply(m.group(1));
				}
				url.append(path, last, m.start()).append(value);
				last = m.end();
			}
			url.append(path.substring(last));
			String separator = "?";
			for (JsonNode parameter : parameters) {
				if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
					url.append(separator).append(parameter.path("name").asString()).append('=')
						.append(demo.apply(parameter.path("name").asString()));
					separator = "&";
				}
			}
			return url.toString();
		}
	}
}

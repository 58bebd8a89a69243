package org.lifeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The published OpenAPI document against the code: for every JSON operation whose controller reads a body, the
 * request schema in {@code /v3/api-docs} has exactly the properties of the Java type the controller binds, so a
 * client generated from the document sends what the server reads (two records of one name once shared a schema).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiSchemaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyRequestSchemaHasThePropertiesOfTheBodyTheControllerReads() throws Exception {
		JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			Parameter body = bodyOf(entry.getValue());
			if (body == null) {
				continue;
			}
			for (String path : entry.getKey().getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					JsonNode operation = docs.path("paths").path(path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"))
						.path(method.name().toLowerCase());
					String where = method + " " + path + " (" + entry.getValue().getShortLogMessage() + ")";
					if (operation.isMissingNode()) {
						mismatches.add(where + ": not in the document");
						continue;
					}
					Set<String> expected = properties(body.getParameterizedType());
					if (expected == null) {
						continue;
					}
					JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
					Set<String> documented = documented(docs, schema);
					checked++;
					if (!expected.equals(documented)) {
						mismatches.add(where + ": reads " + expected + " but the document says " + documented);
					}
				}
			}
		}
		assertThat(mismatches).isEmpty();
		assertThat(checked).as("operations with a record body checked").isGreaterThan(40);
	}

	private static Parameter bodyOf(HandlerMethod handler) {
		return Arrays.stream(handler.getMethod().getParameters())
			.filter(p -> p.isAnnotationPresent(RequestBody.class))
			.findFirst()
			.orElse(null);
	}

	/** The JSON property names of a record (or of a list's records); null for any other body. */
	private static Set<String> properties(Type type) {
		if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
				&& List.class.isAssignableFrom(raw)) {
			return properties(generic.getActualTypeArguments()[0]);
		}
		if (!(type instanceof Class<?> cls) || !cls.isRecord()) {
			return null;
		}
		Set<String> names = new TreeSet<>();
		for (RecordComponent component : cls.getRecordComponents()) {
			JsonProperty renamed = component.getAnnotation(JsonProperty.class);
			names.add(renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value());
		}
		return names;
	}

	private static Set<String> documented(JsonNode docs, JsonNode schema) {
		JsonNode target = schema.has("items") ? schema.get("items") : schema;
		if (target.has("$ref")) {
			String name = target.get("$ref").asString().replace("#/components/schemas/", "");
			target = docs.path("components").path("schemas").path(name);
		}
		Set<String> names = new TreeSet<>();
		target.path("properties").propertyNames().forEach(names::add);
		return names;
	}
}

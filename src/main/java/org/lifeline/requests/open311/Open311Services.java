package org.lifeline.requests.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.requests.RequestCategory;
import org.lifeline.requests.open311.Open311Format.Many;

/** The GeoReport v2 service list, service definitions and discovery document, built from the request categories. */
final class Open311Services {

	static final String CRITICAL = "critical";

	private Open311Services() {
	}

	static Many list() {
		List<Map<String, Object>> services = new ArrayList<>();
		for (RequestCategory category : RequestCategory.values()) {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", category.name());
			service.put("service_name", category.chinese() + " " + category.english());
			service.put("description", category.english() + " (" + category.chinese() + "), handled by " + category.team());
			service.put("metadata", category.canBeCritical());
			service.put("type", "realtime");
			service.put("keywords", category.chinese() + "," + category.english().toLowerCase());
			service.put("group", category.team());
			services.add(service);
		}
		return new Many("service", services);
	}

	static Map<String, Object> definition(RequestCategory category) {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.name());
		List<Map<String, Object>> attributes = new ArrayList<>();
		if (category.canBeCritical()) {
			Map<String, Object> critical = new LinkedHashMap<>();
			critical.put("variable", true);
			critical.put("code", CRITICAL);
			critical.put("datatype", "singlevaluelist");
			critical.put("required", false);
			critical.put("datatype_description", "true when life is in danger now (急危重症)");
			critical.put("order", 1);
			critical.put("description", "Critical: dial 120 now; the street medical task force is alerted");
			critical.put("values", new Many("value", List.of(value("true", "是 yes"), value("false", "否 no"))));
			attributes.add(critical);
		}
		definition.put("attributes", new Many("attribute", attributes));
		return definition;
	}

	static Map<String, Object> discovery(String baseUrl, String changeset) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", baseUrl);
		endpoint.put("changeset", changeset);
		endpoint.put("type", "production");
		endpoint.put("formats", new Many("format", List.of("text/xml", "application/json")));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", changeset);
		discovery.put("contact", "12345 hotline / city command centre");
		discovery.put("key_service", "POST " + baseUrl.replace("/open311/v2", "/api/v1/tokens") + " with your account");
		discovery.put("endpoints", new Many("endpoint", List.of(endpoint)));
		return discovery;
	}

	private static Map<String, Object> value(String key, String name) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("key", key);
		value.put("name", name);
		return value;
	}
}

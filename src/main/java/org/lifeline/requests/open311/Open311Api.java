package org.lifeline.requests.open311;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.identity.CurrentUser;
import org.lifeline.requests.Channel;
import org.lifeline.requests.RequestCategory;
import org.lifeline.requests.RequestDraft;
import org.lifeline.requests.RequestIntake;
import org.lifeline.requests.RequestQueries;
import org.lifeline.requests.RequestView;
import org.lifeline.requests.Routing;
import org.lifeline.requests.open311.Open311Format.Many;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: discovery, services, filing with an {@code api_key}, the request
 * lists (public without a key, full within the key owner's scope) and token lookups, in JSON or XML by extension.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

	private final RequestIntake intake;

	private final RequestQueries queries;

	private final Open311Places places;

	private final Open311Lists lists;

	private final CurrentUser user;

	Open311Api(RequestIntake intake, RequestQueries queries, Open311Places places, Open311Lists lists, CurrentUser user) {
		this.intake = intake;
		this.queries = queries;
		this.places = places;
		this.lists = lists;
		this.user = user;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		String base = request.getRequestURL().toString().replaceFirst("/discovery\\.[a-z]+$", "");
		return Open311Format.of(format).answer(HttpStatus.OK, "discovery", Open311Services.discovery(base, "2026-11-23T00:00:00+08:00"));
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		lists.jurisdiction(jurisdiction);
		return Open311Format.of(format).answer(HttpStatus.OK, "services", Open311Services.list());
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
		RequestCategory category = RequestCategory.parse(code).orElseThrow(() -> new NotFoundException("service_code", code));
		return Open311Format.of(format).answer(HttpStatus.OK, "service_definition", Open311Services.definition(category));
	}

	@PostMapping(path = "/requests.{format}",
			consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE })
	ResponseEntity<String> file(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
		Open311Format answer = Open311Format.of(format);
		if (user.get().isEmpty()) {
			return answer.error(HttpStatus.FORBIDDEN, "api_key is required to file a request");
		}
		Open311Filing filing = Open311Filing.of(form);
		RequestDraft draft = filing.draft();
		Routing routing = places.locate(filing, user.scope());
		lists.requireWithin(filing.jurisdictionId(), routing);
		RequestView filed = intake.file(draft, routing, Channel.OPEN311, user.actor());
		Map<String, Object> record = new java.util.LinkedHashMap<>();
		record.put("service_request_id", filed.id());
		record.put("token", filed.token());
		record.put("service_notice", notice(filed));
		record.put("account_id", form.getFirst("account_id"));
		return answer.answer(filed.isDuplicate() ? HttpStatus.OK : HttpStatus.CREATED, "service_requests",
				new Many("request", List.of(record)));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format, @RequestParam Map<String, String> params) {
		Open311Format answer = Open311Format.of(format);
		boolean full = user.get().isPresent();
		TerritoryScope scope = lists.scope(params.get("jurisdiction_id"), full);
		List<Map<String, Object>> records = lists.find(params, scope, full);
		return answer.answer(HttpStatus.OK, "service_requests", new Many("request", records));
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format answer = Open311Format.of(format);
		boolean full = user.get().isPresent();
		long number = Open311Lists.parseId(id);
		RequestView view = queries.byId(number, lists.scope(jurisdiction, full));
		return answer.answer(HttpStatus.OK, "service_requests",
				new Many("request", List.of(lists.records(full, List.of(view)).of(view))));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		Map<String, Object> record = new java.util.LinkedHashMap<>();
		record.put("service_request_id", queries.idOfToken(token));
		record.put("token", token);
		return Open311Format.of(format).answer(HttpStatus.OK, "service_requests", new Many("request", List.of(record)));
	}

	private static String notice(RequestView filed) {
		if (filed.isDuplicate()) {
			return "linked to open request " + filed.id() + " of the same household";
		}
		if (filed.instruction() != null) {
			return "Dial 120 now. 请立即拨打120";
		}
		return filed.residentId() == null ? "filed to the committee of the compound (no resident identified)" : "";
	}
}

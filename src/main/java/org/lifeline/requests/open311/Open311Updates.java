package org.lifeline.requests.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.requests.RequestUpdate;
import org.lifeline.requests.RequestUpdates;
import org.lifeline.requests.open311.Open311Format.Many;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * GeoReport v2 service request updates: every step of the requests a caller may see, in a time window, with a
 * stable {@code update_id}, and comments from a key holder's system added to a request's timeline. Without a key
 * an update shows only which request, when and whether it is open; the note needs a key.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Updates {

	static final int MAX_RESULTS = 1000;

	/** The window when a client gives none: the last day. */
	static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

	private final RequestUpdates updates;

	private final Open311Lists lists;

	private final CurrentUser user;

	private final MessageSource messages;

	Open311Updates(RequestUpdates updates, Open311Lists lists, CurrentUser user, MessageSource messages) {
		this.updates = updates;
		this.lists = lists;
		this.user = user;
		this.messages = messages;
	}

	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<String> list(@PathVariable String format, @RequestParam Map<String, String> params) {
		Open311Format answer = Open311Format.of(format);
		boolean full = user.get().isPresent();
		TerritoryScope scope = lists.scope(params.get("jurisdiction_id"), full);
		Instant end = Open311Lists.time(params.get("end_date"), "end_date");
		Instant start = Open311Lists.time(params.get("start_date"), "start_date");
		if (end == null) {
			end = start == null ? lists.now() : start.plus(DEFAULT_WINDOW);
		}
		if (start == null) {
			start = end.minus(DEFAULT_WINDOW);
		}
		if (end.isBefore(start)) {
			throw new InvalidInputException("end_date", "end_date is before start_date", "problem.open311.endBeforeStart");
		}
		Open311Records records = lists.records(full);
		List<Map<String, Object>> out = updates.between(start, end.plusSeconds(1), scope, MAX_RESULTS)
			.stream()
			.map(u -> record(u, records, full))
			.toList();
		return answer.answer(HttpStatus.OK, "service_request_updates", new Many("request_update", out));
	}

	@PostMapping(path = "/servicerequestupdates.{format}",
			consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE })
	ResponseEntity<String> comment(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
		Open311Format answer = Open311Format.of(format);
		Open311Comment comment = Open311Comment.of(form);
		TerritoryScope scope = lists.scope(form.getFirst("jurisdiction_id"), true);
		RequestUpdate added = updates.comment(comment.serviceRequestId(), comment.text(), scope, user.actor());
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("update_id", added.updateId());
		return answer.answer(HttpStatus.CREATED, "service_request_updates", new Many("request_update", List.of(record)));
	}

	private Map<String, Object> record(RequestUpdate u, Open311Records records, boolean full) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("update_id", u.updateId());
		record.put("service_request_id", u.requestId());
		record.put("status", u.done() ? "closed" : "open");
		record.put("updated_datetime", records.time(u.at()));
		if (full) {
			record.put("description", u.hasWrittenNote() ? u.note()
					: messages.getMessage("step." + u.action(), null, u.action(), LocaleContextHolder.getLocale()));
			record.put("media_url", u.mediaUrl());
		}
		return record;
	}
}

package org.lifeline.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.shared.EnumInput;

/**
 * Which requests a queue or a lookup shows: statuses (open for every status but CLOSED), overdue only, a
 * category, some households, a filing period.
 */
public record RequestFilter(Set<RequestStatus> statuses, Boolean overdue, RequestCategory category,
		List<Long> householdIds, List<Long> ids, Instant filedFrom, Instant filedTo) {

	public static RequestFilter all() {
		return new RequestFilter(Set.of(), null, null, null, null, null, null);
	}

	/** Reads a comma list of statuses; open means every status but CLOSED. */
	public static Set<RequestStatus> statuses(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).flatMap(s -> {
			if (s.equalsIgnoreCase("open")) {
				return Arrays.stream(RequestStatus.values()).filter(v -> v != RequestStatus.CLOSED);
			}
			return java.util.stream.Stream.of(EnumInput.find(RequestStatus.class, s)
				.orElseThrow(() -> EnumInput.unknown(RequestStatus.class, "status", s)));
		}).collect(Collectors.toUnmodifiableSet());
	}

	public RequestFilter withHouseholds(List<Long> households) {
		return new RequestFilter(statuses, overdue, category, households, ids, filedFrom, filedTo);
	}

	/** The SQL condition over {@code r}, with parameter {@code :now} for the overdue test. */
	String condition() {
		List<String> parts = new ArrayList<>();
		if (!statuses.isEmpty()) {
			parts.add("r.status in (" + statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ")) + ")");
		}
		if (overdue != null) {
			parts.add((overdue ? "" : "not ") + "((r.status = 'NEW' and r.ack_due_at < :now) or (r.status in "
					+ "('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REOPENED') and r.resolve_due_at < :now))");
		}
		if (category != null) {
			parts.add("r.category = '" + category.name() + "'");
		}
		if (householdIds != null) {
			parts.add(householdIds.isEmpty() ? "false" : "r.household_id in (" + join(householdIds) + ")");
		}
		if (ids != null) {
			parts.add(ids.isEmpty() ? "false" : "r.id in (" + join(ids) + ")");
		}
		if (filedFrom != null) {
			parts.add("r.filed_at >= :filedFrom");
		}
		if (filedTo != null) {
			parts.add("r.filed_at <= :filedTo");
		}
		return parts.isEmpty() ? "true" : String.join(" and ", parts);
	}

	private static String join(List<Long> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}

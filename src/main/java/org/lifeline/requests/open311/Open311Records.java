package org.lifeline.requests.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lifeline.requests.RequestView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;

/**
 * Service requests as GeoReport v2 records. The public view (no key) shows the service, status, dates and
 * district only; a key holder sees the description, place and latest note of the requests in their scope. No record
 * ever carries a phone number or e-mail address.
 */
final class Open311Records {

	private final Territory territory;

	private final ZoneId zone;

	private final boolean full;

	private final Map<Long, String> latestNotes;

	private final Map<Long, String> districtNames = new HashMap<>();

	Open311Records(Territory territory, ZoneId zone, boolean full, Map<Long, String> latestNotes) {
		this.territory = territory;
		this.zone = zone;
		this.full = full;
		this.latestNotes = latestNotes;
	}

	Map<String, Object> of(RequestView r) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("service_request_id", r.id());
		record.put("status", r.status().isOpen311Open() ? "open" : "closed");
		if (full) {
			record.put("status_notes", latestNotes.getOrDefault(r.id(), notes(r)));
		}
		record.put("service_name", r.category().chinese() + " " + r.category().english());
		record.put("service_code", r.category().name());
		if (full) {
			record.put("description", r.description());
		}
		record.put("agency_responsible", districtName(r.districtId()) + " " + r.category().team());
		record.put("service_notice", r.instruction() == null ? "" : "Dial 120 now");
		record.put("requested_datetime", time(r.filedAt()));
		record.put("updated_datetime", time(r.updatedAt()));
		record.put("expected_datetime", time(r.resolveDueAt()));
		if (full) {
			record.put("address", r.address());
			record.put("address_id", r.householdId());
			record.put("zipcode", "");
			record.put("lat", r.lat());
			record.put("long", r.lon());
			record.put("media_url", r.mediaUrl());
		}
		return record;
	}

	private static String notes(RequestView r) {
		return switch (r.status()) {
			case NEW -> "received" + (r.overdue() ? ", overdue" : "");
			case ACKNOWLEDGED -> "acknowledged by the committee" + (r.overdue() ? ", overdue" : "");
			case IN_PROGRESS -> "being worked on" + (r.overdue() ? ", overdue" : "");
			case REOPENED -> "reopened by the resident" + (r.overdue() ? ", overdue" : "");
			case RESOLVED -> "resolved: " + r.resolution();
			case CLOSED -> "closed" + (r.resolution() == null ? "" : ": " + r.resolution());
		};
	}

	private String districtName(long districtId) {
		return districtNames.computeIfAbsent(districtId,
				id -> territory.findById(id).map(TerritoryNode::name).orElse(""));
	}

	String time(Instant instant) {
		return instant == null ? null
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
	}
}

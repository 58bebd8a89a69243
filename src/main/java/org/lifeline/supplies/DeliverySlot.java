package org.lifeline.supplies;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.lifeline.shared.InvalidInputException;

/** When goods arrive at the compound gate: {@code {start, end}}, or as text {@code start/end} in ISO-8601. */
public record DeliverySlot(Instant start, Instant end) {

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public DeliverySlot(@JsonProperty("start") Instant start, @JsonProperty("end") Instant end) {
		this.start = start;
		this.end = end;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static DeliverySlot parse(String text) {
		String[] parts = text == null ? new String[0] : text.split("/");
		if (parts.length != 2) {
			throw new InvalidInputException("deliverySlot", "write the slot as start/end, e.g. 2022-04-20T09:00:00+08:00/2022-04-20T11:00:00+08:00",
					"problem.supplies.slotFormat");
		}
		try {
			return new DeliverySlot(java.time.OffsetDateTime.parse(parts[0].trim()).toInstant(),
					java.time.OffsetDateTime.parse(parts[1].trim()).toInstant());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("deliverySlot", "the slot is not start/end in ISO-8601: " + text,
					"problem.supplies.slotNotIso", text);
		}
	}

	boolean overlaps(Instant otherStart, Instant otherEnd) {
		return start.isBefore(otherEnd) && otherStart.isBefore(end);
	}
}

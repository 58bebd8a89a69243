package org.lifeline.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Staggers a volunteer's calls to households (sampling calls, pickups at the gate) so that no more than a set
 * number fall in one slot of a few minutes (default: 15 households per 3 minutes) and no crowd forms at the gate:
 * in order of due time, building and room, each call keeps its own time unless its slot is full, when it moves
 * to the next slot with room.
 */
record CallStagger(int perSlot, Duration slot) {

	static final CallStagger DEFAULT = new CallStagger(15, Duration.ofMinutes(3));

	CallStagger {
		if (perSlot < 1 || slot.isNegative() || slot.isZero()) {
			throw new IllegalArgumentException("a slot holds at least one call and lasts a while");
		}
	}

	List<VolunteerTask> stagger(List<VolunteerTask> calls) {
		List<VolunteerTask> ordered = new ArrayList<>(calls);
		ordered.sort(Comparator.comparing(VolunteerTask::due)
			.thenComparing(VolunteerTask::buildingCode)
			.thenComparing(t -> t.room() == null ? "" : t.room()));
		List<VolunteerTask> staggered = new ArrayList<>(ordered.size());
		Instant slotStart = null;
		int inSlot = 0;
		for (VolunteerTask call : ordered) {
			if (slotStart == null || !call.due().isBefore(slotStart.plus(slot))) {
				slotStart = call.due();
				inSlot = 0;
			}
			else if (inSlot == perSlot) {
				slotStart = slotStart.plus(slot);
				inSlot = 0;
			}
			inSlot++;
			Instant due = call.due().isBefore(slotStart) ? slotStart : call.due();
			staggered.add(new VolunteerTask(call.kind(), call.ref(), call.buildingId(), call.buildingCode(), call.room(),
					due, call.status(), call.title(), call.reason()));
		}
		return staggered;
	}
}

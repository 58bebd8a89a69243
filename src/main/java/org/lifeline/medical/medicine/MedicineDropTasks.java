package org.lifeline.medical.medicine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lifeline.identity.Role;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.TaskStatus;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medicine drop-offs in the volunteers' list (代配药, the last 100 metres): each household of a batch the committee
 * received, in the volunteer's buildings (ref: batch id and household id), checked off through the batch itself,
 * so a failed drop comes back as a MEDICINE request. A failure's reason may name the outcome (NOT_HOME, REFUSED,
 * WRONG_MEDICINE, OUT_OF_STOCK); any other reason counts as not home, with the reason as its note.
 */
@Component
class MedicineDropTasks implements VolunteerTaskSource {

	static final String MEDICINE_DROP = "MEDICINE_DROP";

	private final MedicineBatches batches;

	private final JdbcClient jdbc;

	private final Clock clock;

	MedicineDropTasks(MedicineBatches batches, JdbcClient jdbc, Clock clock) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(MEDICINE_DROP);
	}

	@Override
	@Transactional(readOnly = true)
	public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
		if (scope.buildingIds().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select d.batch_id || '-' || d.household_id, d.building_id, b.code, h.room, m.received_at, d.outcome, m.id
				from medicine_drop d
				join medicine_batch m on m.id = d.batch_id
				join household_place h on h.id = d.household_id
				join territory_placement b on b.id = d.building_id
				where d.building_id = any(:b) and m.status in ('RECEIVED', 'DELIVERED')
				  and (d.outcome = 'PENDING' or d.checked_at >= :dayStart and d.checked_at < :dayEnd)
				""")
			.param("b", scope.buildingIds().toArray(Long[]::new))
			.param("dayStart", Timestamp.from(date.atStartOfDay(clock.getZone()).toInstant()))
			.param("dayEnd", Timestamp.from(date.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
			.query((rs, n) -> new VolunteerTask(MEDICINE_DROP, rs.getString(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), status(rs.getString(6)),
					"#" + rs.getLong(7)))
			.list();
	}

	private static TaskStatus status(String outcome) {
		return switch (outcome) {
			case "PENDING" -> TaskStatus.OPEN;
			case "DELIVERED" -> TaskStatus.DONE;
			default -> TaskStatus.FAILED;
		};
	}

	@Override
	@Transactional
	public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
		String[] parts = ref == null ? new String[0] : ref.split("-");
		long batch;
		long household;
		try {
			batch = Long.parseLong(parts[0]);
			household = Long.parseLong(parts[1]);
		}
		catch (RuntimeException e) {
			throw new NotFoundException("medicine drop", ref);
		}
		DropOutcome drop = outcome.done() ? DropOutcome.DELIVERED
				: EnumInput.find(DropOutcome.class, outcome.reason()).filter(DropOutcome::isException).orElse(DropOutcome.NOT_HOME);
		String note = outcome.done() || EnumInput.find(DropOutcome.class, outcome.reason()).isPresent() ? null
				: outcome.reason();
		TerritoryScope buildings = TerritoryScope.buildings(scope.buildingIds());
		batches.checkOff(batch, household, drop, note, BatchAccess.of(buildings, Role.VOLUNTEER), buildings,
				scope.displayName());
	}
}

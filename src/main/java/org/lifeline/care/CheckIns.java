package org.lifeline.care;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.care.CareRoster.Followed;
import org.lifeline.care.NewCheckIn.HelpNeeded;
import org.lifeline.requests.Channel;
import org.lifeline.requests.NewRequest;
import org.lifeline.requests.RequestIntake;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records check-ins: the outcome on the day's list, where the resident stands (last reached, unreachable in a row),
 * a request filed in the same transaction when the resident needs something, and a door visit for the building's
 * volunteers after the second unreachable check-in in a row.
 */
@Service
public class CheckIns {

	static final int UNREACHABLE_BEFORE_VISIT = 2;

	private final CareRoster roster;

	private final RequestIntake intake;

	private final JdbcClient jdbc;

	private final Clock clock;

	CheckIns(CareRoster roster, RequestIntake intake, JdbcClient jdbc, Clock clock) {
		this.roster = roster;
		this.intake = intake;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a check-in made now. */
	@Transactional
	public Recorded record(NewCheckIn checkIn, TerritoryScope scope, String actor) {
		return record(checkIn, LocalDate.now(clock), clock.instant(), scope, actor);
	}

	/**
	 * Records a check-in made on an earlier day and entered later (from a paper list): it counts for that day and
	 * for where the resident stands, never for a day ahead.
	 */
	@Transactional
	public Recorded recordEarlier(NewCheckIn checkIn, LocalDate day, TerritoryScope scope, String actor) {
		if (day == null || day.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("day", "a check-in is entered for today or a day before",
					"problem.care.checkInDay");
		}
		return record(checkIn, day, day.atTime(10, 0).atZone(clock.getZone()).toInstant(), scope, actor);
	}

	private Recorded record(NewCheckIn checkIn, LocalDate today, java.time.Instant at, TerritoryScope scope,
			String actor) {
		Followed resident = roster.followed(checkIn.residentId(), scope);
		CheckInOutcome outcome = EnumInput.required(CheckInOutcome.class, "outcome", checkIn.outcome());
		if (checkIn.request() != null && outcome != CheckInOutcome.NEEDS_HELP) {
			throw new InvalidInputException("request", "a request is filed only for an outcome of NEEDS_HELP",
					"problem.care.requestNeedsHelp");
		}
		if (checkIn.note() != null && checkIn.note().length() > 500) {
			throw InvalidInputException.tooLong("note", 500);
		}
		onTheList(resident, today);
		Long requestId = outcome == CheckInOutcome.NEEDS_HELP ? fileRequest(resident, checkIn, scope, actor) : null;
		long id = jdbc.sql("""
				insert into check_in (resident_id, district_id, committee_id, day, at, outcome, note, request_id, recorded_by)
				values (:resident, :district, :committee, :day, :at, :outcome, :note, :request, :actor) returning id
				""")
			.param("resident", resident.residentId())
			.param("district", resident.districtId())
			.param("committee", resident.committeeId())
			.param("day", today)
			.param("at", java.sql.Timestamp.from(at))
			.param("outcome", outcome.name())
			.param("note", blankToNull(checkIn.note()))
			.param("request", requestId)
			.param("actor", actor)
			.query(Long.class)
			.single();
		jdbc.sql("update care_day set status = :status where day = :day and resident_id = :resident")
			.param("status", outcome.dayStatus())
			.param("day", today)
			.param("resident", resident.residentId())
			.update();
		keepState(resident, outcome, today);
		return new Recorded(id, requestId);
	}

	/** Puts the resident on today's list if the plan did not (checked on before their turn). */
	private void onTheList(Followed resident, LocalDate today) {
		jdbc.sql("""
				insert into care_day (day, resident_id, district_id, street_id, committee_id, compound_id, building_id,
				                      building_code, room, name, due, contact_user_id)
				select :day, r.resident_id, r.district_id, r.street_id, r.committee_id, r.compound_id, r.building_id,
				       r.building_code, r.room, r.name, :day, (select c.contact_user_id from care_contact c where c.resident_id = r.resident_id)
				from resident_roster r where r.resident_id = :resident
				on conflict (day, resident_id) do nothing
				""").param("day", today).param("resident", resident.residentId()).update();
	}

	private Long fileRequest(Followed resident, NewCheckIn checkIn, TerritoryScope scope, String actor) {
		HelpNeeded help = checkIn.request() == null ? new HelpNeeded(null, null) : checkIn.request();
		String category = help.category() == null || help.category().isBlank() ? HelpPrefill.category(resident.tags())
				: help.category();
		String description = help.description() == null || help.description().isBlank()
				? HelpPrefill.description(checkIn.note()) : help.description();
		return intake.file(new NewRequest(resident.residentId(), category, description, false, null), Channel.COMMITTEE,
				scope, actor).id();
	}

	private void keepState(Followed resident, CheckInOutcome outcome, LocalDate today) {
		int inRow = jdbc.sql("""
				insert into care_state (resident_id, last_reached_on, unreachable_in_row)
				values (:resident, :reached, :unreachable)
				on conflict (resident_id) do update set
				    last_reached_on = greatest(excluded.last_reached_on, care_state.last_reached_on),
				    unreachable_in_row = case when :unreachable = 0 then 0 else care_state.unreachable_in_row + 1 end
				returning unreachable_in_row
				""")
			.param("resident", resident.residentId())
			.param("reached", outcome.reached() ? today : null, java.sql.Types.DATE)
			.param("unreachable", outcome.reached() ? 0 : 1)
			.query(Integer.class)
			.single();
		if (inRow >= UNREACHABLE_BEFORE_VISIT) {
			jdbc.sql("""
					insert into door_visit (resident_id, district_id, committee_id, building_id, building_code, room, name,
					                        day, created_at)
					values (:resident, :district, :committee, :building, :code, :room, :name, :day, :at)
					on conflict (resident_id) where status = 'OPEN' do nothing
					""")
				.param("resident", resident.residentId())
				.param("district", resident.districtId())
				.param("committee", resident.committeeId())
				.param("building", resident.buildingId())
				.param("room", resident.room())
				.param("code", resident.buildingCode())
				.param("name", resident.name())
				.param("day", today)
				.param("at", java.sql.Timestamp.from(clock.instant()))
				.update();
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** A recorded check-in, with the request it filed. */
	public record Recorded(long id, Long requestId) {
	}
}

package org.lifeline.medical.dialysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standing dialysis schedules as the street task force and the committee keep them, and the sessions generated
 * from them some days ahead, each with its closed-loop trip ordered through the transfer service: generating twice
 * adds nothing, a day the hospital is full or closed is flagged for the task force rather than given a trip.
 */
@Service
class DialysisSchedules {

	static final int MAX_DAYS_AHEAD = 28;

	private final DialysisRepository repository;

	private final DialysisSessionRepository sessions;

	private final ResidentRegistry residents;

	private final StandingTrips trips;

	private final Clock clock;

	private final int daysAhead;

	DialysisSchedules(DialysisRepository repository, DialysisSessionRepository sessions, ResidentRegistry residents,
			StandingTrips trips, Clock clock, @Value("${lifeline.dialysis.days-ahead:7}") int daysAhead) {
		this.repository = repository;
		this.sessions = sessions;
		this.residents = residents;
		this.trips = trips;
		this.clock = clock;
		this.daysAhead = daysAhead;
	}

	@Transactional
	ScheduleView create(NewSchedule schedule, TerritoryScope scope, String actor) {
		if (schedule.residentId() == null) {
			throw InvalidInputException.required("residentId");
		}
		ResidentView resident;
		try {
			resident = residents.byId(schedule.residentId(), scope);
		}
		catch (NotFoundException e) {
			throw MedicalRefusals.unknownResident(schedule.residentId());
		}
		String hospitalCode = schedule.hospitalCode() != null && !schedule.hospitalCode().isBlank()
				? schedule.hospitalCode().trim() : resident.medicalProfile().dialysisHospitalCode();
		if (hospitalCode == null) {
			throw new InvalidInputException("hospitalCode",
					"resident " + resident.id() + " has no dialysis hospital on record; give hospitalCode",
					"problem.medical.noDialysisHospital", String.valueOf(resident.id()));
		}
		DialysisRepository.Hospital hospital = repository.hospital(hospitalCode)
			.orElseThrow(() -> MedicalRefusals.unknownHospital(hospitalCode));
		if (!hospital.kinds().contains("DIALYSIS")) {
			throw new InvalidInputException("hospitalCode", "hospital " + hospitalCode + " is not a dialysis site",
					"problem.medical.notDialysisSite", hospitalCode);
		}
		schedule.days();
		schedule.slot();
		schedule.patientNeeds();
		repository.activeScheduleOf(resident.id()).ifPresent(existing -> {
			throw new ConflictException("resident " + resident.id() + " already has standing schedule #" + existing
					+ "; end it before making another", "problem.medical.standingSchedule", String.valueOf(resident.id()),
					String.valueOf(existing));
		});
		long id = repository.insert(resident.id(), hospitalCode, schedule, today(), clock.instant(), actor);
		return repository.schedule(id, TerritoryScope.everything()).orElseThrow();
	}

	@Transactional
	ScheduleView end(long id, TerritoryScope scope, String actor) {
		ScheduleView schedule = repository.schedule(id, scope).orElseThrow(() -> new NotFoundException("dialysis schedule", id));
		if (!schedule.active()) {
			throw new ConflictException("dialysis schedule " + id + " has already ended", "problem.medical.scheduleEnded",
					String.valueOf(id));
		}
		trips.cancelFrom(id, today().plusDays(1), actor);
		repository.end(id, today().plusDays(1), scope, clock.instant(), actor);
		return repository.schedule(id, scope).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<ScheduleView> list(TerritoryScope scope, boolean activeOnly) {
		return repository.schedules(scope, activeOnly, 1000);
	}

	@Transactional(readOnly = true)
	List<SessionView> sessions(TerritoryScope scope, LocalDate from, LocalDate to, SessionStatus status) {
		LocalDate start = from == null ? today() : from;
		LocalDate end = to == null ? start.plusDays(daysAhead) : to;
		if (end.isBefore(start)) {
			throw new InvalidInputException("to", "to (" + end + ") is before from (" + start + ")",
					"problem.medical.sessionRange", end, start);
		}
		return sessions.sessions(scope, start, end, status, 2000);
	}

	/** Generates the sessions from tomorrow up to the given number of days ahead for the schedules of the scope. */
	@Transactional
	GenerationOutcome generate(Integer days, TerritoryScope scope, String actor) {
		int ahead = days == null ? daysAhead : days;
		if (ahead < 1 || ahead > MAX_DAYS_AHEAD) {
			throw new InvalidInputException("days", "days must be between 1 and " + MAX_DAYS_AHEAD + ", was " + ahead,
					"problem.medical.daysAhead", String.valueOf(MAX_DAYS_AHEAD), String.valueOf(ahead));
		}
		sessions.lockGeneration();
		LocalDate from = today().plusDays(1);
		LocalDate to = today().plusDays(ahead);
		List<SessionCalendar.Standing> standing = repository.standing(scope, from, to);
		Set<String> codes = standing.stream().map(SessionCalendar.Standing::hospitalCode).collect(Collectors.toSet());
		Map<String, SessionCalendar.Hospital> hospitals = repository.hospitals(codes);
		List<SessionCalendar.NewSession> newSessions = SessionCalendar.plan(standing, hospitals,
				sessions.taken(codes, from, to),
				sessions.existing(standing.stream().map(SessionCalendar.Standing::id).collect(Collectors.toSet()), from, to),
				from, to);
		int planned = 0;
		int full = 0;
		int closed = 0;
		for (SessionCalendar.NewSession session : newSessions) {
			if (sessions.insert(session, clock.instant(), actor).isEmpty()) {
				continue;
			}
			switch (session.status()) {
				case PLANNED -> planned++;
				case HOSPITAL_FULL -> full++;
				case HOSPITAL_CLOSED -> closed++;
				default -> {
				}
			}
		}
		int requested = trips.requestFor(sessions.withoutTrip(scope, from, to), actor);
		return new GenerationOutcome(from, to, planned, full, closed, requested);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}

package org.lifeline.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.residents.ResidentView;
import org.lifeline.screening.HomeQuarantine;
import org.lifeline.screening.ScreeningExemptions;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports positive cases and converts asymptomatic ones. A new case joins the transfer queue at once, is exempt
 * from screening rounds while it waits, and puts the other members of its household under home quarantine with a
 * daily single-tube test for {@value #QUARANTINE_DAYS} days.
 * <p>
 * How a case was found, when the reporter does not say: under control ({@link FoundBy#CONTROL}) when it came
 * from a screening recheck (the person was already isolated at home awaiting it) or the person is a close
 * contact under home quarantine or awaiting a recheck; otherwise in community screening
 * ({@link FoundBy#SCREENING}).
 */
@Service
public class CaseReports {

	/** Days of home quarantine for the household of a new case. */
	public static final int QUARANTINE_DAYS = 7;

	/** How far back a case may be dated. */
	static final int MAX_DAYS_BACK = 30;

	private final CaseRepository cases;

	private final CasePeople people;

	private final HomeQuarantine quarantine;

	private final ScreeningExemptions exemptions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseReports(CaseRepository cases, CasePeople people, HomeQuarantine quarantine, ScreeningExemptions exemptions,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.people = people;
		this.quarantine = quarantine;
		this.exemptions = exemptions;
		this.events = events;
		this.clock = clock;
	}

	/** Reports a case for a resident the scope may see; answers it as it stands (awaiting transfer). */
	@Transactional
	public CaseView report(NewCase report, TerritoryScope scope, String actor) {
		return report(report, scope, actor, clock.instant());
	}

	/**
	 * Reports a case entered after the fact (a paper list typed in later, the demo city's history): its steps carry
	 * the time given, which may not lie in the future nor more than {@value #MAX_DAYS_BACK} days back.
	 */
	@Transactional
	public CaseView report(NewCase report, TerritoryScope scope, String actor, Instant at) {
		CaseClock.requirePast(at, clock, MAX_DAYS_BACK);
		LocalDate reportedOn = requireValid(report);
		ResidentView resident = people.resident(report.residentId(), scope);
		cases.lockPerson(resident.id());
		cases.openCaseOf(resident.id()).ifPresent(open -> {
			throw new ConflictException("resident " + resident.id() + " already has an open case #" + open.id() + " ("
					+ open.status() + ")", "problem.cases.alreadyOpen", String.valueOf(resident.id()),
					String.valueOf(open.id()), open.status(), CaseWords.of(open.status()));
		});
		FoundBy foundBy = report.foundBy() != null ? report.foundBy()
				: report.source() == CaseSource.SCREENING || quarantine.isUnderControl(resident.id()) ? FoundBy.CONTROL
						: FoundBy.SCREENING;
		Instant now = at;
		PositiveCase positive = PositiveCase.report(resident.id(), people.placeOf(resident), report.type(), foundBy,
				report.source(), report.sourceRef(), reportedOn, now, actor, resident.birthDate(),
				CaseNeeds.of(resident, reportedOn));
		long id = cases.insert(positive);
		exemptions.exempt(resident.id(), ScreeningExemptions.Reason.AWAITING_TRANSFER, reportedOn, actor);
		quarantineHousehold(resident, id, reportedOn);
		CasePlace p = positive.place();
		events.publishEvent(new CaseReported(id, resident.id(), p.householdId(), p.buildingId(), p.compoundId(),
				p.districtId(), positive.type(), foundBy, reportedOn, now));
		return CaseView.of(positive, resident.name(), cases.steps(id));
	}

	/** An asymptomatic case becomes confirmed today. */
	@Transactional
	public CaseView convert(long caseId, TerritoryScope scope, String actor) {
		PositiveCase positive = cases.lock(caseId)
			.filter(c -> CaseScopes.contains(scope, c.place()))
			.orElseThrow(() -> new NotFoundException("case", caseId));
		positive.convert(LocalDate.now(clock), clock.instant(), actor);
		cases.save(positive);
		return CaseView.of(positive, null, cases.steps(caseId));
	}

	private void quarantineHousehold(ResidentView resident, long caseId, LocalDate reportedOn) {
		List<Long> contacts = people.householdOf(resident)
			.stream()
			.filter(id -> id != resident.id() && cases.openCaseOf(id).isEmpty())
			.toList();
		quarantine.quarantine(contacts, reportedOn.plusDays(QUARANTINE_DAYS),
				"密接居家隔离：同户阳性病例 #" + caseId + " " + reportedOn);
	}

	private LocalDate requireValid(NewCase report) {
		if (report.residentId() == null) {
			throw InvalidInputException.required("residentId");
		}
		if (report.type() == null) {
			throw new InvalidInputException("type", "type is required: CONFIRMED or ASYMPTOMATIC",
					"problem.cases.typeRequired");
		}
		if (report.source() == null) {
			throw new InvalidInputException("source", "the reporter of a case is required",
					"problem.cases.sourceRequired");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate on = report.reportedOn() == null ? today : report.reportedOn();
		if (on.isAfter(today)) {
			throw new InvalidInputException("reportedOn", "reportedOn " + on + " is in the future",
					"problem.cases.reportedInFuture", on);
		}
		if (on.isBefore(today.minusDays(MAX_DAYS_BACK))) {
			throw new InvalidInputException("reportedOn",
					"reportedOn " + on + " is more than " + MAX_DAYS_BACK + " days back",
					"problem.cases.reportedTooOld", on, MAX_DAYS_BACK);
		}
		return on;
	}
}

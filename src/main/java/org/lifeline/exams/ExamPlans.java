package org.lifeline.exams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.lifeline.medical.SiteTripOrder;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripQueries;
import org.lifeline.medical.TripSite;
import org.lifeline.medical.TripView;
import org.lifeline.medical.Transfers;
import org.lifeline.requests.Channel;
import org.lifeline.requests.NewRequest;
import org.lifeline.requests.RequestIntake;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.DateInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam students' plans: made and changed by committee staff for a resident tagged as a student with an exam (the
 * first save files the EXAM request that tracks the plan), listed for the committee with each day's trip, and the
 * exam day's closed loop to the site and back ordered from the plan. Each use case runs in one transaction.
 */
@Service
public class ExamPlans {

	static final int LIMIT = 500;

	private final ExamPlanRepository plans;

	private final ResidentRegistry residents;

	private final RequestIntake intake;

	private final Transfers transfers;

	private final TripQueries trips;

	private final Territory territory;

	private final Clock clock;

	ExamPlans(ExamPlanRepository plans, ResidentRegistry residents, RequestIntake intake, Transfers transfers,
			TripQueries trips, Territory territory, Clock clock) {
		this.plans = plans;
		this.residents = residents;
		this.intake = intake;
		this.transfers = transfers;
		this.trips = trips;
		this.territory = territory;
		this.clock = clock;
	}

	/** Makes or changes the plan of a tagged student the scope holds; bad input is a 400 naming the field. */
	@Transactional
	public ExamStudent save(long residentId, ExamPlanForm form, TerritoryScope scope, String actor) {
		ResidentView resident = student(residentId, scope);
		ExamPlan plan = form.checked(LocalDate.now(clock));
		Long requestId = plans.find(residentId, scope).map(ExamPlanRepository.Stored::requestId).orElse(null);
		if (requestId == null) {
			requestId = intake.file(new NewRequest(residentId, "EXAM", "考生一人一策：" + plan.days().get(0).date() + " "
					+ plan.days().get(0).siteName() + "，安静学习处：" + plan.quietPlace(), false, null),
					Channel.COMMITTEE, scope, actor).id();
		}
		TerritoryNode building = territory.byCode(resident.buildingCode());
		plans.save(residentId, resident.householdId(), building, plan, requestId, actor, clock.instant());
		return one(residentId, scope);
	}

	/** One student's plan with its days and trips; 404 when none is in scope. */
	@Transactional(readOnly = true)
	public ExamStudent one(long residentId, TerritoryScope scope) {
		ResidentView resident = residents.byId(residentId, scope);
		ExamPlanRepository.Stored stored = plans.find(residentId, scope)
			.orElseThrow(() -> new NotFoundException("exam plan", residentId));
		return student(resident, stored, statuses(List.of(stored)));
	}

	/** The tagged students in scope with their plans (those without a plan yet too), and each day's trip. */
	@Transactional(readOnly = true)
	public List<ExamStudent> list(TerritoryScope scope) {
		Map<Long, ExamPlanRepository.Stored> stored = plans.within(scope, LIMIT);
		Map<Long, TripView> statuses = statuses(stored.values());
		return residents.search(null, VulnerabilityTag.STUDENT_WITH_EXAM, scope, org.lifeline.shared.PageRequest.of(0, LIMIT))
			.items()
			.stream()
			.map(r -> student(r, stored.get(r.id()), statuses))
			.toList();
	}

	/**
	 * Orders the exam day's closed loop to the site and back: ready at home at the plan's leaving time, at the site
	 * to come back at its return time. A day not in the plan: 400; a trip ordered already: 409.
	 */
	@Transactional
	public TripView orderTrip(long residentId, String date, TerritoryScope scope, String actor) {
		LocalDate day = DateInput.parse("date", date, null);
		if (day == null) {
			throw InvalidInputException.required("date");
		}
		ResidentView resident = student(residentId, scope);
		ExamPlanRepository.Stored stored = plans.find(residentId, scope)
			.orElseThrow(() -> new InvalidInputException("residentId", "resident " + residentId + " has no exam plan",
					"problem.exams.noPlan", String.valueOf(residentId)));
		ExamPlan.ExamDay exam = stored.plan().days().stream().filter(d -> d.date().equals(day)).findFirst()
			.orElseThrow(() -> new InvalidInputException("date", "the plan has no exam on " + day, "problem.exams.noExamOn",
					String.valueOf(day)));
		if (exam.tripId() != null) {
			throw new ConflictException("the trip for " + day + " is ordered already: trip " + exam.tripId(),
					"problem.exams.tripOrdered", String.valueOf(day), String.valueOf(exam.tripId()));
		}
		TripView trip = transfers.requestSiteTrip(new SiteTripOrder(residentId, site(resident, exam),
				ZonedDateTime.of(day, exam.leaveAt(), clock.getZone()).toInstant(),
				ZonedDateTime.of(day, exam.returnAt(), clock.getZone()).toInstant(), null, stored.requestId()), scope,
				actor);
		if (!plans.tripOrdered(residentId, day, trip.id())) {
			throw new ConflictException("the trip for " + day + " was ordered by someone else just now",
					"problem.exams.tripTaken", String.valueOf(day));
		}
		return trip;
	}

	/** The exam site on the map: the district's point (exam sites are the district's schools). */
	private TripSite site(ResidentView resident, ExamPlan.ExamDay exam) {
		TerritoryNode building = territory.byCode(resident.buildingCode());
		TerritoryNode district = territory.byId(building.districtId());
		TerritoryNode compound = territory.byId(building.compoundId());
		double lat = district.lat() != null ? district.lat() : compound.lat();
		double lon = district.lon() != null ? district.lon() : compound.lon();
		return new TripSite(exam.siteName(), exam.siteAddress(), lat, lon);
	}

	private ResidentView student(long residentId, TerritoryScope scope) {
		ResidentView resident;
		try {
			resident = residents.byId(residentId, scope);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("residentId", "resident " + residentId + " not found",
					"problem.exams.noResident", String.valueOf(residentId));
		}
		if (!resident.tags().contains(VulnerabilityTag.STUDENT_WITH_EXAM)) {
			throw new InvalidInputException("residentId",
					"resident " + residentId + " is not tagged " + VulnerabilityTag.STUDENT_WITH_EXAM,
					"problem.exams.notStudent", String.valueOf(residentId), VulnerabilityTag.STUDENT_WITH_EXAM);
		}
		return resident;
	}

	private Map<Long, TripView> statuses(java.util.Collection<ExamPlanRepository.Stored> stored) {
		List<Long> ids = stored.stream()
			.flatMap(s -> s.plan().days().stream())
			.map(ExamPlan.ExamDay::tripId)
			.filter(java.util.Objects::nonNull)
			.toList();
		return trips.byIds(ids, TripAccess.everything());
	}

	private static ExamStudent student(ResidentView r, ExamPlanRepository.Stored stored, Map<Long, TripView> trips) {
		if (stored == null) {
			return new ExamStudent(r.id(), r.name(), r.room(), r.buildingCode(), null, null, null, null, List.of());
		}
		ExamPlan p = stored.plan();
		List<ExamStudent.Day> days = p.days().stream().map(d -> new ExamStudent.Day(d.date().toString(), d.siteName(),
				d.siteAddress(), d.leaveAt().toString(), d.returnAt().toString(), d.tripId(),
				d.tripId() == null || !trips.containsKey(d.tripId()) ? null : trips.get(d.tripId()).status())).toList();
		return new ExamStudent(r.id(), r.name(), r.room(), r.buildingCode(), p.quietPlace(), p.teacherName(),
				p.teacherPhone(), stored.requestId(), days);
	}
}

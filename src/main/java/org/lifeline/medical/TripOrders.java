package org.lifeline.medical;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.lifeline.medical.hospitals.HospitalRepository;
import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.medical.trips.NewTrip;
import org.lifeline.medical.trips.TravelEstimate;
import org.lifeline.medical.trips.TripRepository;
import org.lifeline.requests.RequestWork;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes the orders for transfers ({@link Transfers#requestTrip}, {@link Transfers#requestSiteTrip}): checks the
 * order, the resident in the caller's scope and the open destination that offers the care, finds where the
 * patient is picked up, and writes the requested trip with its first step, the request's timeline note and
 * {@link TripRequested}. Runs inside the caller's transaction.
 */
@Component
class TripOrders {

	private final TripRepository trips;

	private final HospitalRepository hospitals;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final RequestWork requestWork;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TripOrders(TripRepository trips, HospitalRepository hospitals, ResidentRegistry residents, Territory territory,
			RequestWork requestWork, ApplicationEventPublisher events, Clock clock) {
		this.trips = trips;
		this.hospitals = hospitals;
		this.residents = residents;
		this.territory = territory;
		this.requestWork = requestWork;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Requests a trip for a resident the scope holds, to an open hospital; the patient is picked up at their
	 * building (or compound). Unknown resident or hospital: 400; a closed hospital: 409.
	 */
	TripView requestTrip(TripOrder order, TerritoryScope scope, String actor) {
		if (order.need() == null) {
			throw InvalidInputException.required("need");
		}
		if (order.readyAt() == null) {
			throw InvalidInputException.required("readyAt");
		}
		if (order.priority() < 1 || order.priority() > 5) {
			throw new InvalidInputException("priority", "priority runs from 1 (lowest) to 5 (highest)",
					"problem.medical.priority");
		}
		if (order.need() == Need.EXAM) {
			throw new InvalidInputException("need", "need EXAM goes to a named site, not a hospital",
					"problem.medical.examNeedsSite");
		}
		ResidentView resident = resident(order.residentId(), scope);
		HospitalView hospital = openHospital(order.hospitalCode());
		requireCare(hospital, order.need());
		Pickup pickup = pickup(resident);
		Instant returnReady = order.returnReadyAt() != null ? order.returnReadyAt()
				: order.readyAt()
					.plus(TravelEstimate.between(pickup.lat(), pickup.lon(), hospital.lat(), hospital.lon()))
					.plus(Duration.ofMinutes(order.need().usualStayMinutes()));
		return write(order, resident, pickup, returnReady, null, hospital.name(), actor);
	}

	/**
	 * Requests a closed loop to a named site that is not a hospital (an exam site) and back, for a resident the
	 * scope holds; it is dispatched and driven like any transfer. Missing site, times in the wrong order: 400.
	 */
	TripView requestSiteTrip(SiteTripOrder order, TerritoryScope scope, String actor) {
		TripSite site = order.site();
		if (site == null || site.name() == null || site.name().isBlank()) {
			throw new InvalidInputException("site", "the site's name is required", "problem.medical.siteName");
		}
		if (site.address() == null || site.address().isBlank()) {
			throw new InvalidInputException("site", "the site's address is required", "problem.medical.siteAddress");
		}
		if (order.readyAt() == null) {
			throw InvalidInputException.required("readyAt");
		}
		if (order.returnReadyAt() == null || !order.returnReadyAt().isAfter(order.readyAt())) {
			throw new InvalidInputException("returnReadyAt", "returnReadyAt must come after readyAt",
					"problem.medical.returnAfterReady");
		}
		ResidentView resident = resident(order.residentId(), scope);
		TripOrder trip = new TripOrder(order.residentId(), null, Need.EXAM, order.readyAt(), PatientNeeds.NONE, 2,
				order.escort(), order.requestId(), order.returnReadyAt());
		return write(trip, resident, pickup(resident), order.returnReadyAt(), site, site.name(), actor);
	}

	private TripView write(TripOrder order, ResidentView resident, Pickup pickup, Instant returnReady, TripSite site,
			String destination, String actor) {
		TerritoryNode building = pickup.building();
		Instant now = clock.instant();
		long id = trips.insert(new NewTrip(order, resident.id(), resident.householdId(), building.id(),
				building.compoundId(), building.committeeId(), building.streetId(), building.districtId(),
				pickup.address(), pickup.lat(), pickup.lon(), returnReady, actor, site), now);
		trips.addSteps(id, List.of(new TripStep(now, actor, null, TripStatus.REQUESTED, "REQUESTED",
				order.need().chinese() + " → " + destination)));
		if (order.requestId() != null) {
			requestWork.answeredElsewhere(order.requestId(), "TRIP_ORDERED",
					"#" + id + " " + order.need().chinese() + " → " + destination, false, actor);
		}
		events.publishEvent(new TripRequested(id, order.need(), building.streetId(), building.districtId()));
		return trips.view(id, TripAccess.everything()).orElseThrow();
	}

	/** A patient going for dialysis is taken only where dialysis is offered. */
	static void requireCare(HospitalView hospital, Need need) {
		if (need == Need.DIALYSIS && !hospital.is(HospitalKind.DIALYSIS)) {
			throw new InvalidInputException("hospitalCode",
					"hospital " + hospital.code() + " (" + hospital.name() + ") offers no dialysis",
					"problem.medical.noDialysis", hospital.code(), hospital.name());
		}
	}

	/** Where the patient is picked up: their building's map point (or the compound's) and address. */
	private Pickup pickup(ResidentView resident) {
		TerritoryNode building = territory.byCode(resident.buildingCode());
		TerritoryNode compound = territory.byId(building.compoundId());
		double lat = building.lat() != null ? building.lat() : compound.lat();
		double lon = building.lon() != null ? building.lon() : compound.lon();
		String address = resident.address() != null ? resident.address() : compound.address();
		return new Pickup(building, address, lat, lon);
	}

	private record Pickup(TerritoryNode building, String address, double lat, double lon) {
	}

	private ResidentView resident(long residentId, TerritoryScope scope) {
		try {
			return residents.byId(residentId, scope);
		}
		catch (NotFoundException e) {
			throw MedicalRefusals.unknownResident(residentId);
		}
	}

	HospitalView openHospital(String code) {
		if (code == null || code.isBlank()) {
			throw InvalidInputException.required("hospitalCode");
		}
		HospitalView hospital = hospitals.byCode(code)
			.orElseThrow(() -> MedicalRefusals.unknownHospital(code));
		if (!hospital.open()) {
			throw hospital.closedReason() == null
					? new ConflictException("hospital " + code + " is closed and takes no new trips",
							"problem.medical.hospitalClosed", code)
					: new ConflictException("hospital " + code + " is closed (" + hospital.closedReason()
							+ ") and takes no new trips", "problem.medical.hospitalClosedFor", code, hospital.closedReason());
		}
		return hospital;
	}
}

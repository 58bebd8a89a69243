package org.lifeline.medical;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.medical.hospitals.HospitalRepository;
import org.lifeline.medical.trips.TripRepository;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.personal.PersonalData.Kind;
import org.lifeline.shared.personal.PersonalData;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a driver and a hospital desk act on: the driver's next trip and the rest of the shift; the desk's
 * incoming transfers today, the patients with them now, and those to hand back.
 */
@Service
public class Boards {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final int LIMIT = 200;

	private final TripRepository trips;

	/** Trips on their way to the hospital: a vehicle is given, has set off or has the patient. */
	static final java.util.Set<TripStatus> DISPATCHED = java.util.EnumSet.of(TripStatus.ASSIGNED, TripStatus.EN_ROUTE,
			TripStatus.PICKED_UP);

	private final HospitalRepository hospitals;

	private final ResidentRegistry residents;

	private final PersonalDataAccess personalData;

	private final Clock clock;

	Boards(TripRepository trips, HospitalRepository hospitals, ResidentRegistry residents,
			PersonalDataAccess personalData, Clock clock) {
		this.trips = trips;
		this.hospitals = hospitals;
		this.residents = residents;
		this.personalData = personalData;
		this.clock = clock;
	}

	/** The driver's open trips, the one to drive next first. */
	@Transactional(readOnly = true)
	public DriverBoard driver(long driverId) {
		List<TripView> open = trips.list(null, null, null, TripAccess.driver(driverId), LIMIT)
			.stream()
			.filter(t -> t.status().isOpen())
			.sorted(Comparator.comparing(Boards::dueAt))
			.toList();
		TripView next = open.isEmpty() ? null : open.get(0);
		String phone = null;
		if (next != null) {
			phone = residents.byId(next.residentId(), TerritoryScope.everything()).phone();
			if (phone != null) {
				personalData.disclosePhones("TRIP", String.valueOf(next.id()), next.districtId(),
						"call the patient about the pick-up");
			}
		}
		return new DriverBoard(next, phone, open.size() > 1 ? open.subList(1, open.size()) : List.of());
	}

	/** The hospital's transfers of today: on the way, at the hospital, and closed. */
	@Transactional(readOnly = true)
	public HospitalBoard hospital(String code) {
		Optional<HospitalView> hospital = hospitals.byCode(code);
		LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
		List<TripView> all = trips.list(null, null, code, TripAccess.hospital(code), LIMIT)
			.stream()
			.filter(t -> t.status().isOpen() || (t.closedAt() != null
					&& LocalDate.ofInstant(t.closedAt(), SHANGHAI).equals(today)))
			.toList();
		return new HospitalBoard(hospital.orElse(null),
				all.stream().filter(t -> t.status() == TripStatus.REQUESTED).toList(),
				all.stream().filter(t -> DISPATCHED.contains(t.status())).toList(),
				all.stream().filter(t -> t.status() == TripStatus.AT_HOSPITAL).toList(),
				all.stream().filter(t -> !t.status().isOpen() || t.status() == TripStatus.RETURNING).toList());
	}

	private static java.time.Instant dueAt(TripView t) {
		LegView leg = t.currentLeg();
		return leg.plannedStart() != null ? leg.plannedStart() : leg.readyAt() != null ? leg.readyAt() : t.readyAt();
	}

	/** A driver's next trip (null when none) with the patient's phone, and the rest of their shift. */
	public record DriverBoard(TripView next, @PersonalData(Kind.PHONE) String patientPhone, List<TripView> later) {
	}

	/**
	 * A hospital desk's day: expected (no vehicle yet), on the way (dispatched: a vehicle given, set off or with
	 * the patient), with them now, and gone back or admitted.
	 */
	public record HospitalBoard(HospitalView hospital, List<TripView> expected, List<TripView> incoming,
			List<TripView> here, List<TripView> done) {
	}
}

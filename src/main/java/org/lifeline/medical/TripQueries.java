package org.lifeline.medical;

import java.util.List;

import org.lifeline.medical.trips.TripRepository;
import org.lifeline.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads trips for the caller: lists by status, vehicle or hospital, and one trip with its timeline. */
@Service
public class TripQueries {

	private final TripRepository trips;

	TripQueries(TripRepository trips) {
		this.trips = trips;
	}

	@Transactional(readOnly = true)
	public List<TripView> list(TripStatus status, Long vehicleId, String hospitalCode, TripAccess access, int limit) {
		return trips.list(status, vehicleId, hospitalCode, access, limit);
	}

	@Transactional(readOnly = true)
	public TripView byId(long id, TripAccess access) {
		return trips.view(id, access).orElseThrow(() -> new NotFoundException("trip", id));
	}

	/** Several trips by id (without timelines), keyed by id; ids outside the access are left out. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, TripView> byIds(java.util.Collection<Long> ids, TripAccess access) {
		return trips.byIds(ids, access)
			.stream()
			.collect(java.util.stream.Collectors.toMap(TripView::id, t -> t));
	}

	/** Trips still waiting for a vehicle on one of their legs, most urgent and earliest first (for dispatch). */
	@Transactional(readOnly = true)
	public List<TripView> open(TripAccess access, int limit) {
		return trips.waitingForVehicle(access, limit);
	}
}

package org.lifeline.medical;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifeline.medical.trips.TripRepository;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The street and district fleets: vehicles with their shifts and status, and a driver's vehicle now. */
@Service
public class Fleet {

	static final Duration MAX_SHIFT = Duration.ofHours(24);

	static final java.util.Set<String> STATUSES = java.util.Set.of("AVAILABLE", "OUT_OF_SERVICE");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Territory territory;

	Fleet(JdbcClient jdbc, Clock clock, Territory territory) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.territory = territory;
	}

	/**
	 * Registers a vehicle, available from now on, in a street's fleet or (without a street) its district's; the
	 * caller registers only into a fleet they dispatch. A plate already registered is a 409.
	 */
	@Transactional
	public VehicleView register(NewVehicle vehicle, TripAccess access) {
		VehicleType type = vehicle.check();
		TerritoryNode fleetNode = fleetOf(vehicle);
		if (!access.scope().contains(fleetNode)) {
			throw new AccessDeniedException("the fleet of " + fleetNode.code() + " is not the caller's");
		}
		long id = jdbc.sql("select nextval('vehicle_id_seq')").query(Long.class).single();
		try {
			jdbc.sql("insert into vehicle (id, code, plate, district_id, street_id, type, seats) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, "VEH-" + id, vehicle.trimmedPlate(), fleetNode.districtId(),
						fleetNode.kind() == TerritoryKind.STREET ? fleetNode.id() : null, type.name(), vehicle.seats())
				.update();
		}
		catch (DataIntegrityViolationException e) {
			throw new ConflictException("plate " + vehicle.trimmedPlate() + " is registered already",
					"problem.medical.plateTaken", vehicle.trimmedPlate());
		}
		return list("v.id = " + id, Map.of()).get(0);
	}

	private TerritoryNode fleetOf(NewVehicle vehicle) {
		boolean street = vehicle.street() != null && !vehicle.street().isBlank();
		String code = street ? vehicle.street().trim() : vehicle.district() == null ? "" : vehicle.district().trim();
		TerritoryKind kind = street ? TerritoryKind.STREET : TerritoryKind.DISTRICT;
		String field = street ? "street" : "district";
		return territory.findByCode(code)
			.filter(node -> node.kind() == kind)
			.orElseThrow(() -> street
					? new InvalidInputException(field, "street " + code + " not found", "problem.medical.unknownStreet", code)
					: new InvalidInputException(field,
							"name the street whose fleet the vehicle joins, or the district for its own fleet",
							"problem.medical.fleetOwner"));
	}

	/** The vehicles the caller's fleet holds, with shifts overlapping the next day. */
	@Transactional(readOnly = true)
	public List<VehicleView> vehicles(TripAccess access) {
		Instant now = clock.instant();
		return list(access.vehicleCondition("v"), shifts(access, now));
	}

	private List<VehicleView> list(String condition, Map<Long, List<VehicleView.ShiftView>> shifts) {
		return jdbc.sql("""
				select v.id, v.code, v.plate, v.type, v.seats, v.status, s.code as street_code, v.lat, v.lon,
				       v.position_at,
				       (select count(*) from trip_leg l where l.vehicle_id = v.id and l.status = 'ASSIGNED') as legs
				from vehicle v left join territory_placement s on s.id = v.street_id
				where """ + " " + condition + " order by v.code limit 500")
			.query((rs, n) -> new VehicleView(rs.getLong("id"), rs.getString("code"), rs.getString("plate"),
					VehicleType.valueOf(rs.getString("type")), rs.getInt("seats"), rs.getString("status"),
					rs.getString("street_code"), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
					TripRepository.instant(rs, "position_at"), shifts.getOrDefault(rs.getLong("id"), List.of()),
					rs.getInt("legs")))
			.list();
	}

	private Map<Long, List<VehicleView.ShiftView>> shifts(TripAccess access, Instant now) {
		return jdbc.sql("""
				select sh.id, sh.vehicle_id, sh.driver_id, u.display_name, sh.starts_at, sh.ends_at
				from vehicle_shift sh join vehicle v on v.id = sh.vehicle_id left join account_directory u on u.id = sh.driver_id
				where sh.ends_at > ? and sh.starts_at < ? and """ + " " + access.vehicleCondition("v") + " order by sh.starts_at")
			.params(Timestamp.from(now), Timestamp.from(now.plus(MAX_SHIFT)))
			.query((rs, n) -> Map.entry(rs.getLong(2), new VehicleView.ShiftView(rs.getLong(1),
					rs.getObject(3, Long.class), rs.getString(4), rs.getTimestamp(5).toInstant(),
					rs.getTimestamp(6).toInstant())))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Adds a shift; a vehicle or a driver on two overlapping shifts is a 409. */
	@Transactional
	public VehicleView addShift(long vehicleId, String driverUsername, Instant startsAt, Instant endsAt,
			TripAccess access) {
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("endsAt", "a shift needs a start before its end", "problem.medical.shiftOrder");
		}
		if (Duration.between(startsAt, endsAt).compareTo(MAX_SHIFT) > 0) {
			throw new InvalidInputException("endsAt", "a shift lasts at most 24 hours", "problem.medical.shiftLength");
		}
		requireVehicle(vehicleId, access);
		Long driverId = driverUsername == null || driverUsername.isBlank() ? null : jdbc
			.sql("select id from account_directory where username = ? and role = 'DRIVER'")
			.param(driverUsername.trim())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException("driver", "driver " + driverUsername + " not found",
					"problem.medical.unknownDriver", driverUsername));
		try {
			jdbc.sql("insert into vehicle_shift (vehicle_id, driver_id, starts_at, ends_at) values (?, ?, ?, ?)")
				.params(vehicleId, driverId, Timestamp.from(startsAt), Timestamp.from(endsAt))
				.update();
		}
		catch (DataIntegrityViolationException e) {
			throw new ConflictException("the vehicle or the driver already has a shift in that time",
					"problem.medical.shiftOverlap");
		}
		return vehicles(access).stream().filter(v -> v.id() == vehicleId).findFirst().orElseThrow();
	}

	/** Marks a vehicle available or out of service. */
	@Transactional
	public void setStatus(long vehicleId, String status, TripAccess access) {
		if (status == null || !STATUSES.contains(status)) {
			throw new InvalidInputException("status", "status must be AVAILABLE or OUT_OF_SERVICE",
					"problem.medical.vehicleStatus");
		}
		requireVehicle(vehicleId, access);
		jdbc.sql("update vehicle set status = ? where id = ?").params(status, vehicleId).update();
	}

	/** Records where a vehicle is now (its driver's phone reports it). */
	@Transactional
	public void reportPosition(long vehicleId, Double lat, Double lon, TripAccess access) {
		if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			throw new InvalidInputException(lat == null || Math.abs(lat) > 90 ? "lat" : "lon", "a position needs lat and lon",
					"problem.medical.position");
		}
		requireVehicle(vehicleId, access);
		jdbc.sql("update vehicle set lat = ?, lon = ?, position_at = ? where id = ?")
			.params(lat, lon, Timestamp.from(clock.instant()), vehicleId)
			.update();
	}

	private void requireVehicle(long vehicleId, TripAccess access) {
		long found = jdbc.sql("select count(*) from vehicle v where v.id = ? and " + access.vehicleCondition("v"))
			.param(vehicleId)
			.query(Long.class)
			.single();
		if (found == 0) {
			throw new NotFoundException("vehicle", vehicleId);
		}
	}
}

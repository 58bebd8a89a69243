package org.lifeline.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.lifeline.medical.dispatch.GeoPoint;
import org.lifeline.medical.dispatch.PatientCarriage;
import org.lifeline.medical.dispatch.TripToPlan;
import org.lifeline.medical.dispatch.VehicleToPlan;
import org.lifeline.medical.VehicleType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A busy morning of one demo district, the same for the same seed: open trips from its compounds to its hospitals
 * and the task-force vehicles of its streets, read from the generated demo city.
 * <ul>
 * <li>trips: 10% wheelchair, 6% stretcher; patient plus an escort on most trips and a companion on half; priority
 * 1 (routine) to 5 (obstetrics, urgent); ready from half an hour ago to five hours from now;</li>
 * <li>vehicles: the district's own, in register order (repeated if there are fewer), at their street with a little
 * spread; a quarter still busy for up to two hours; shifts end 10 to 12 hours from now; a few trips pinned by
 * hand to a fitting vehicle.</li>
 * </ul>
 */
record DispatchScenario(Instant now, List<TripToPlan> trips, List<VehicleToPlan> vehicles, String district) {

	/** 8:00 in Shanghai on the first Monday of the 2022 lockdown. */
	static final Instant NOW = Instant.parse("2022-04-04T00:00:00Z");

	private static final int[] PRIORITIES = { 1, 1, 1, 1, 1, 2, 2, 3, 3, 5 };

	static DispatchScenario of(JdbcClient jdbc, int tripCount, int vehicleCount, long seed) {
		Long district = jdbc.sql("select district_id from hospital group by district_id order by min(code) limit 1")
			.query(Long.class).single();
		String name = jdbc.sql("select name from territory_node where id = ?").param(district).query(String.class).single();
		List<GeoPoint> compounds = jdbc.sql("select lat, lon from territory_node where kind = 'COMPOUND' and district_id = ? "
				+ "and lat is not null order by id").param(district).query((rs, i) -> new GeoPoint(rs.getDouble(1), rs.getDouble(2))).list();
		List<GeoPoint> hospitals = jdbc.sql("select lat, lon from hospital where district_id = ? order by code")
			.param(district).query((rs, i) -> new GeoPoint(rs.getDouble(1), rs.getDouble(2))).list();
		List<VehicleRow> fleet = jdbc.sql("select v.id, v.type, v.seats, s.lat, s.lon from vehicle v "
				+ "join territory_node s on s.id = v.street_id where v.district_id = ? order by v.id").param(district)
			.query((rs, i) -> new VehicleRow(rs.getLong(1), VehicleType.valueOf(rs.getString(2)), rs.getInt(3),
					new GeoPoint(rs.getDouble(4), rs.getDouble(5))))
			.list();
		SplittableRandom random = new SplittableRandom(seed);
		List<VehicleToPlan> vehicles = vehicles(fleet, vehicleCount, random);
		List<TripToPlan> trips = new ArrayList<>();
		for (int i = 0; i < tripCount; i++) {
			trips.add(trip(i + 1, compounds.get(random.nextInt(compounds.size())),
					hospitals.get(random.nextInt(hospitals.size())), vehicles, random));
		}
		return new DispatchScenario(NOW, trips, vehicles, name);
	}

	private static List<VehicleToPlan> vehicles(List<VehicleRow> fleet, int count, SplittableRandom random) {
		List<VehicleToPlan> vehicles = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			VehicleRow row = fleet.get(i % fleet.size());
			GeoPoint at = new GeoPoint(row.base().lat() + (random.nextDouble() - 0.5) * 0.01,
					row.base().lon() + (random.nextDouble() - 0.5) * 0.01);
			Instant free = random.nextInt(4) == 0 ? NOW.plus(Duration.ofMinutes(random.nextInt(120))) : NOW;
			Instant shiftEnd = NOW.plus(Duration.ofMinutes(600 + random.nextInt(121)));
			vehicles.add(new VehicleToPlan(row.id() + (long) (i / fleet.size()) * 1_000_000, row.type(), row.seats(), at,
					free, shiftEnd));
		}
		return vehicles;
	}

	private static TripToPlan trip(long id, GeoPoint pickup, GeoPoint hospital, List<VehicleToPlan> vehicles,
			SplittableRandom random) {
		double draw = random.nextDouble();
		PatientCarriage carriage = draw < 0.10 ? PatientCarriage.WHEELCHAIR
				: draw < 0.16 ? PatientCarriage.STRETCHER : PatientCarriage.SEATED;
		int seats = 1 + (random.nextInt(5) > 0 ? 1 : 0) + (random.nextBoolean() ? 1 : 0);
		int priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
		Instant earliest = NOW.plus(Duration.ofMinutes(-30 + random.nextInt(330)));
		Long pinned = null;
		if (random.nextInt(50) == 0) {
			List<VehicleToPlan> fitting = vehicles.stream()
				.filter(v -> carriage.carriedBy(v.type()) && v.seats() >= seats)
				.toList();
			pinned = fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size())).id();
		}
		return new TripToPlan(id, pickup, hospital, carriage, seats, priority, earliest, pinned);
	}

	private record VehicleRow(long id, VehicleType type, int seats, GeoPoint base) {
	}
}

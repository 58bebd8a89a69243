package org.lifeline.medical;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.identity.LifelineUser;
import org.lifeline.residents.ResidentPatch;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hospitals, vehicles and shifts for one test district, and the patient facts medical routes by; codes carry a
 * random suffix. Shifts, vehicle positions, a resident's medical profile and a compound's zone go through the
 * owning modules' use cases. Hospitals and vehicles have no use case that creates them (the demo city loads them
 * in bulk, as a city's health commission hands them over), so only their rows are written here.
 */
public final class MedicalFixture {

	private final JdbcClient jdbc;

	private final Fleet fleet;

	private final ResidentRegistry residents;

	private final Zoning zoning;

	private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

	private int plates;

	public MedicalFixture(JdbcClient jdbc, Fleet fleet, ResidentRegistry residents, Zoning zoning) {
		this.jdbc = jdbc;
		this.fleet = fleet;
		this.residents = residents;
		this.zoning = zoning;
	}

	/** An open hospital of the district, of the given kinds (names of {@link HospitalKind}). */
	public String hospital(TerritoryNode district, String name, String... kinds) {
		return hospital(district, name, 31.21, 121.42, kinds);
	}

	/** An open hospital of the district at a place. */
	public String hospital(TerritoryNode district, String name, double lat, double lon, String... kinds) {
		Arrays.stream(kinds).forEach(HospitalKind::valueOf);
		String code = "H" + name.hashCode() % 1000 + suffix;
		jdbc.sql("insert into hospital (code, name, district_id, kinds, address, lat, lon) values (?, ?, ?, ?::text[], ?, ?, ?)")
			.params(code, name, district.id(), "{" + String.join(",", kinds) + "}", name + "路1号", lat, lon)
			.update();
		return code;
	}

	/** A vehicle of the district's fleet, of the street's when a street is given. */
	public long vehicle(TerritoryNode district, TerritoryNode street, String type, int seats) {
		String code = "V" + suffix + (++plates);
		return jdbc.sql("insert into vehicle (code, plate, district_id, street_id, type, seats) values (?, ?, ?, ?, ?, ?) returning id")
			.params(code, "沪T·" + suffix + plates, district.id(), street == null ? null : street.id(),
					VehicleType.valueOf(type).name(), seats)
			.query(Long.class)
			.single();
	}

	/** A vehicle as {@link #vehicle(TerritoryNode, TerritoryNode, String, int)}, last seen at a place. */
	public long vehicle(TerritoryNode district, TerritoryNode street, String type, int seats, double lat, double lon) {
		long id = vehicle(district, street, type, seats);
		fleet.reportPosition(id, lat, lon, TripAccess.everything());
		return id;
	}

	/** A shift on the vehicle, through the fleet's use case; without a driver when none is given. */
	public void shift(long vehicleId, LifelineUser driver, Instant from, Instant to) {
		fleet.addShift(vehicleId, driver == null ? null : driver.username(), from, to, TripAccess.everything());
	}

	/** The resident's own dialysis and oncology hospitals, through the residents' registry. */
	public void profile(long residentId, String dialysisHospital, String oncologyHospital) {
		Map<String, Object> profile = new HashMap<>();
		profile.put("dialysisHospitalCode", dialysisHospital);
		profile.put("oncologyHospitalCode", oncologyHospital);
		residents.change(residentId, ResidentPatch.of(Map.of("medicalProfile", profile)), TerritoryScope.everything());
	}

	/** Moves the compound to a zone, as a district does. */
	public void zone(TerritoryNode compound, String zone) {
		zoning.setZone(compound.code(), Zone.valueOf(zone), "test", "test", TerritoryScope.everything());
	}
}

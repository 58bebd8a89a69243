package org.lifeline.medical;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.identity.LifelineUser;
import org.lifeline.residents.ResidentPatch;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;

/**
 * Hospitals, vehicles and shifts for one test district, and the patient facts medical routes by; codes and
 * plates carry a random suffix. Everything goes through the owning modules' use cases: the city registers
 * hospitals, the fleet registers its vehicles, shifts and positions; residents keep a resident's medical
 * profile, zones a compound's zone.
 */
public final class MedicalFixture {

	private final Hospitals hospitals;

	private final Fleet fleet;

	private final ResidentRegistry residents;

	private final Zoning zoning;

	private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

	private int plates;

	public MedicalFixture(Hospitals hospitals, Fleet fleet, ResidentRegistry residents, Zoning zoning) {
		this.hospitals = hospitals;
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
		String code = "H" + name.hashCode() % 1000 + suffix;
		return hospitals.register(new NewHospital(code, name, district.code(), name + "路1号", lat, lon, List.of(kinds),
				null, null), HospitalAccess.city(), "test").code();
	}

	/** A vehicle of the district's fleet, of the street's when a street is given. */
	public long vehicle(TerritoryNode district, TerritoryNode street, String type, int seats) {
		return fleet.register(new NewVehicle("沪T·" + suffix + (++plates), type, district.code(),
				street == null ? null : street.code(), seats), TripAccess.everything()).id();
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

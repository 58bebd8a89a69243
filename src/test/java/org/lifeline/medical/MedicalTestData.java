package org.lifeline.medical;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hospitals, vehicles and shifts for one test district; codes carry a random suffix. */
final class MedicalTestData {

	private final JdbcClient jdbc;

	private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

	private int plates;

	MedicalTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String hospital(TerritoryNode district, String name, String... kinds) {
		String code = "H" + name.hashCode() % 1000 + suffix;
		jdbc.sql("insert into hospital (code, name, district_id, kinds, address, lat, lon) values (?, ?, ?, ?::text[], ?, ?, ?)")
			.params(code, name, district.id(), "{" + String.join(",", kinds) + "}", name + "路1号", 31.21, 121.42)
			.update();
		return code;
	}

	long vehicle(TerritoryNode district, TerritoryNode street, String type, int seats) {
		String code = "V" + suffix + (++plates);
		return jdbc.sql("insert into vehicle (code, plate, district_id, street_id, type, seats) values (?, ?, ?, ?, ?, ?) returning id")
			.params(code, "沪T·" + suffix + plates, district.id(), street == null ? null : street.id(), type, seats)
			.query(Long.class)
			.single();
	}

	void shift(long vehicleId, Long driverId, Instant from, Instant to) {
		jdbc.sql("insert into vehicle_shift (vehicle_id, driver_id, starts_at, ends_at) values (?, ?, ?, ?)")
			.params(vehicleId, driverId, Timestamp.from(from), Timestamp.from(to))
			.update();
	}

	void profile(long residentId, String dialysisHospital, String oncologyHospital) {
		jdbc.sql("update resident set dialysis_hospital_code = ?, oncology_hospital_code = ? where id = ?")
			.params(dialysisHospital, oncologyHospital, residentId)
			.update();
	}

	void zone(TerritoryNode compound, String zone) {
		jdbc.sql("""
				insert into compound_zone (compound_id, district_id, zone, since, reason, changed_by)
				values (?, ?, ?, now(), 'test', 'test')
				on conflict (compound_id) do update set zone = excluded.zone""")
			.params(compound.id(), compound.districtId(), zone)
			.update();
	}
}

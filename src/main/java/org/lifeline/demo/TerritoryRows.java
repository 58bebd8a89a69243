package org.lifeline.demo;

import java.sql.SQLException;

import org.lifeline.demo.CityPlan.Committee;
import org.lifeline.demo.CityPlan.Compound;
import org.lifeline.demo.CityPlan.District;
import org.lifeline.demo.CityPlan.Street;
import org.postgresql.copy.CopyManager;

/**
 * Writes the territory: the city, its districts, streets, committees, compounds and buildings. Every node carries
 * the ids of its ancestors and its own id at its own level, as the territory module expects.
 */
final class TerritoryRows {

	private static final String COLUMNS = "id, code, kind, name, parent_id, district_id, street_id, committee_id, "
			+ "compound_id, address, lat, lon";

	private final CityPlan plan;

	private final long base;

	private CopyStream out;

	TerritoryRows(CityPlan plan, long base) {
		this.plan = plan;
		this.base = base;
	}

	long write(CopyManager copy) throws SQLException {
		try (CopyStream stream = CopyStream.into(copy, "territory_node", COLUMNS)) {
			out = stream;
			node(base, CityPlan.CITY_CODE, "CITY", CityPlan.CITY_NAME, null, null, null, null, null, null,
					CityPlan.CITY_LAT, CityPlan.CITY_LON);
			for (District district : plan.districts()) {
				district(district);
			}
			return stream.finish();
		}
	}

	private void district(District district) throws SQLException {
		long id = base + district.node();
		node(id, district.facts().code(), "DISTRICT", district.facts().name(), base, id, null, null, null, null,
				district.facts().lat(), district.facts().lon());
		for (Street street : district.streets()) {
			long streetId = base + street.node();
			node(streetId, street.code(), "STREET", street.name(), id, id, streetId, null, null, null, street.lat(),
					street.lon());
			for (Committee committee : street.committees()) {
				long committeeId = base + committee.node();
				node(committeeId, committee.code(), "COMMITTEE", committee.name(), streetId, id, streetId, committeeId,
						null, null, committee.lat(), committee.lon());
				for (Compound compound : committee.compounds()) {
					compound(compound, id, streetId, committeeId);
				}
			}
		}
	}

	private void compound(Compound compound, long district, long street, long committee) throws SQLException {
		long id = base + compound.node();
		node(id, compound.code(), "COMPOUND", compound.name(), committee, district, street, committee, id,
				compound.address(), compound.lat(), compound.lon());
		for (int number = 1; number <= compound.buildings(); number++) {
			double lat = compound.lat() + (number % 5 - 2) * 0.0003;
			double lon = compound.lon() + (number / 5 % 5 - 2) * 0.0003;
			node(base + compound.firstBuilding() + number - 1, compound.buildingCode(number), "BUILDING",
					number + "号楼", id, district, street, committee, id, null, lat, lon);
		}
	}

	private void node(long id, String code, String kind, String name, Long parent, Long district, Long street,
			Long committee, Long compound, String address, double lat, double lon) throws SQLException {
		out.number(id).text(code).text(kind).text(name).id(parent).id(district).id(street).id(committee).id(compound);
		out.text(address).decimal(lat).decimal(lon).end();
	}
}

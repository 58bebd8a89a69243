package org.lifeline.territory;

import org.lifeline.shared.InvalidInputException;

/** A node to add under a parent (none for the city). */
public record NewTerritoryNode(String code, TerritoryKind kind, String name, String parentCode, String address,
		Double lat, Double lon) {

	public NewTerritoryNode {
		if (code == null || code.isBlank()) {
			throw InvalidInputException.required("code");
		}
		if (!code.matches("[A-Za-z0-9_-]{1,40}")) {
			throw new InvalidInputException("code", "code may hold only letters, digits, '-' and '_' (at most 40)",
					"problem.territory.code");
		}
		if (kind == null) {
			throw InvalidInputException.required("kind");
		}
		if (name == null || name.isBlank()) {
			throw InvalidInputException.required("name");
		}
		if (name.length() > 100) {
			throw InvalidInputException.tooLong("name", 100);
		}
		if (address != null && address.length() > 200) {
			throw InvalidInputException.tooLong("address", 200);
		}
		if (lat != null && (lat < -90 || lat > 90)) {
			throw new InvalidInputException("lat", "latitude must be between -90 and 90", "problem.territory.lat");
		}
		if (lon != null && (lon < -180 || lon > 180)) {
			throw new InvalidInputException("lon", "longitude must be between -180 and 180", "problem.territory.lon");
		}
		if ((lat == null) != (lon == null)) {
			throw new InvalidInputException(lat == null ? "lat" : "lon", "give both latitude and longitude, or neither",
					"problem.territory.latLon");
		}
		code = code.trim();
		name = name.trim();
		parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.trim();
	}

	public static NewTerritoryNode building(TerritoryNode compound, String number) {
		return new NewTerritoryNode(buildingCode(compound, number), TerritoryKind.BUILDING, number + "号楼", compound.code(),
				null, compound.lat(), compound.lon());
	}

	public static String buildingCode(TerritoryNode compound, String number) {
		if (number == null || !number.trim().matches("[A-Za-z0-9-]{1,8}")) {
			throw new InvalidInputException("building", "building number must be 1-8 letters or digits",
					"problem.territory.building");
		}
		return compound.code() + "-B" + number.trim();
	}

	void checkPlacement(TerritoryNode parent) {
		if (parent == null && kind != TerritoryKind.CITY) {
			throw new InvalidInputException("parentCode", "a " + kind + " needs a parent",
					"problem.territory.parentRequired", kind);
		}
		if (parent != null && parent.kind().childKind() != kind) {
			throw new InvalidInputException("kind",
					"a " + kind + " cannot sit under a " + parent.kind() + " (expected " + parent.kind().childKind() + ")",
					"problem.territory.placement", kind, parent.kind(), parent.kind().childKind());
		}
	}
}

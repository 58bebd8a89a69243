package org.lifeline.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.shared.NotFoundException;

/**
 * A district, street and committee of their own with a few compounds, under the city (created when none is
 * loaded), with codes no other test uses.
 */
public record TestTerritory(String prefix, TerritoryNode district, TerritoryNode street, TerritoryNode committee,
		List<TerritoryNode> compounds) {

	public static TestTerritory create(Territory territory, int compounds) {
		String prefix = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		TerritoryNode city = city(territory);
		TerritoryNode district = add(territory, prefix + "-D", TerritoryKind.DISTRICT, "测试区", city.code(), null);
		TerritoryNode street = add(territory, prefix + "-S", TerritoryKind.STREET, "测试街道", district.code(), null);
		TerritoryNode committee = add(territory, prefix + "-CM", TerritoryKind.COMMITTEE, "测试居委", street.code(), null);
		List<TerritoryNode> added = new ArrayList<>();
		for (int i = 1; i <= compounds; i++) {
			added.add(add(territory, prefix + "-C" + i, TerritoryKind.COMPOUND, "测试小区" + i, committee.code(),
					"测试路" + i + "号"));
		}
		return new TestTerritory(prefix, district, street, committee, List.copyOf(added));
	}

	public TerritoryNode compound() {
		return compounds.get(0);
	}

	private static synchronized TerritoryNode city(Territory territory) {
		try {
			return territory.city();
		}
		catch (NotFoundException e) {
			return add(territory, "TEST-CITY", TerritoryKind.CITY, "测试市", null, null);
		}
	}

	private static TerritoryNode add(Territory territory, String code, TerritoryKind kind, String name, String parent,
			String address) {
		Double lat = kind == TerritoryKind.COMPOUND ? 31.23 : null;
		Double lon = kind == TerritoryKind.COMPOUND ? 121.47 : null;
		return territory.add(new NewTerritoryNode(code, kind, name, parent, address, lat, lon));
	}
}

package org.lifeline.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TerritoryScopeTests {

	private final TerritoryNode street = new TerritoryNode(3, "S", TerritoryKind.STREET, "街道", 2L, 2L, 3L, null, null,
			null, null, null);

	private final TerritoryNode compound = new TerritoryNode(9, "P", TerritoryKind.COMPOUND, "小区", 5L, 2L, 3L, 5L, 9L,
			null, null, null);

	private final TerritoryNode elsewhere = new TerritoryNode(19, "Q", TerritoryKind.COMPOUND, "小区", 15L, 2L, 13L, 15L,
			19L, null, null, null);

	@Test
	void aNodeScopeIsOneIndexedEquality() {
		assertThat(street.scope().condition("r")).isEqualTo("r.street_id = 3");
		assertThat(street.scope().contains(compound)).isTrue();
		assertThat(street.scope().contains(elsewhere)).isFalse();
	}

	@Test
	void volunteersSeeTheirBuildingsAndResidentsTheirHousehold() {
		assertThat(TerritoryScope.buildings(Set.of(7L, 8L)).condition("r")).isEqualTo("r.building_id in (7, 8)");
		assertThat(TerritoryScope.household(42).condition("r")).isEqualTo("r.household_id = 42");
		assertThat(TerritoryScope.household(42).condition("h", "id")).isEqualTo("h.id = 42");
		assertThat(TerritoryScope.household(42).contains(compound)).isFalse();
	}

	@Test
	void everythingAndNothing() {
		assertThat(TerritoryScope.everything().condition("r")).isEqualTo("true");
		assertThat(TerritoryScope.nothing().condition("r")).isEqualTo("false");
		assertThat(TerritoryScope.buildings(Set.of()).condition("r")).isEqualTo("false");
		assertThat(TerritoryScope.everything().contains(elsewhere)).isTrue();
	}

	@Test
	void aRowInHandIsCheckedAsTheConditionChecksItInSql() {
		Placement row = new Placement(2, 3, 5, 9, 7L, 42L);
		assertThat(street.scope().contains(row)).isTrue();
		assertThat(compound.scope().contains(row)).isTrue();
		assertThat(elsewhere.scope().contains(row)).isFalse();
		assertThat(TerritoryScope.buildings(Set.of(7L, 8L)).contains(row)).isTrue();
		assertThat(TerritoryScope.buildings(Set.of(8L)).contains(row)).isFalse();
		assertThat(TerritoryScope.household(42).contains(row)).isTrue();
		assertThat(TerritoryScope.household(43).contains(row)).isFalse();
		assertThat(TerritoryScope.everything().contains(row)).isTrue();
		assertThat(TerritoryScope.nothing().contains(row)).isFalse();
	}

	@Test
	void aRowWithoutBuildingOrHouseholdIsOutsideSuchScopes() {
		Placement compoundWide = new Placement(2, 3, 5, 9, null, null);
		assertThat(TerritoryScope.buildings(Set.of(7L)).contains(compoundWide)).isFalse();
		assertThat(TerritoryScope.household(42).contains(compoundWide)).isFalse();
		assertThat(compound.scope().contains(compoundWide)).isTrue();
	}
}

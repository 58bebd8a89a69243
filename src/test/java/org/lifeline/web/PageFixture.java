package org.lifeline.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.NewResident;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.Sex;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.NewTerritoryNode;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;

/**
 * A small piece of city for page tests, under unique codes: a district with one street, committee and compound
 * (building 1, two households), a second district with one resident, and a user of each role.
 */
final class PageFixture {

	final String prefix = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

	final TerritoryNode district;

	final TerritoryNode street;

	final TerritoryNode committee;

	final TerritoryNode compound;

	final TerritoryNode otherCompound;

	final ResidentView elder;

	final ResidentView neighbour;

	final ResidentView stranger;

	private final Users users;

	PageFixture(Territory territory, ResidentRegistry residents, Users users) {
		this.users = users;
		TerritoryNode city = city(territory);
		district = territory.add(node("D1", TerritoryKind.DISTRICT, "测试区", city));
		street = territory.add(node("S1", TerritoryKind.STREET, "测试街道", district));
		committee = territory.add(node("C1", TerritoryKind.COMMITTEE, "测试居委", street));
		compound = territory.add(new NewTerritoryNode(prefix + "-P1", TerritoryKind.COMPOUND, "测试小区", committee.code(),
				"测试路1号", 31.2, 121.4));
		TerritoryNode otherDistrict = territory.add(node("D2", TerritoryKind.DISTRICT, "别区", city));
		TerritoryNode otherStreet = territory.add(node("S2", TerritoryKind.STREET, "别街", otherDistrict));
		TerritoryNode otherCommittee = territory.add(node("C2", TerritoryKind.COMMITTEE, "别居委", otherStreet));
		otherCompound = territory.add(new NewTerritoryNode(prefix + "-P2", TerritoryKind.COMPOUND, "别小区",
				otherCommittee.code(), "别路2号", 31.3, 121.5));
		elder = residents.register(resident(compound, "101", "王阿婆", "13900000001",
				Set.of(VulnerabilityTag.LIVING_ALONE_ELDERLY, VulnerabilityTag.AGED_80_PLUS), 1938), TerritoryScope.everything());
		neighbour = residents.register(resident(compound, "102", "李先生", "13900000002", Set.of(), 1980),
				TerritoryScope.everything());
		stranger = residents.register(resident(otherCompound, "201", "赵女士", "13900000003", Set.of(), 1990),
				TerritoryScope.everything());
	}

	String user(Role role, String territoryCode) {
		return user(role, territoryCode, List.of(), null);
	}

	String user(Role role, String territoryCode, List<String> buildings, Long householdId) {
		String username = (prefix + "-" + role.name().replace('_', '-')).toLowerCase();
		users.createDemoAccount(new NewUser(username, "测试" + role.name(), "password-123", role, territoryCode, buildings,
				householdId, null, null));
		return username;
	}

	String building() {
		return compound.code() + "-B1";
	}

	private static TerritoryNode city(Territory territory) {
		try {
			return territory.city();
		}
		catch (NotFoundException none) {
			return territory.add(new NewTerritoryNode("SH", TerritoryKind.CITY, "上海市", null, null, null, null));
		}
	}

	private NewTerritoryNode node(String suffix, TerritoryKind kind, String name, TerritoryNode parent) {
		return new NewTerritoryNode(prefix + "-" + suffix, kind, name, parent.code(), null, null, null);
	}

	private NewResident resident(TerritoryNode compound, String room, String name, String phone,
			Set<VulnerabilityTag> tags, int born) {
		return new NewResident(null, compound.code(), "1", room, name, IdDocumentType.PASSPORT,
				"E" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), phone, LocalDate.of(born, 3, 1),
				Sex.F, tags, null);
	}
}

package org.lifeline.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.residents.NewResident;
import org.lifeline.residents.PrcIdNumber;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.Sex;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.NewTerritoryNode;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;

/**
 * Builds a small district of its own for a test: one street, two committees with one compound each, residents
 * and users bound to them. Codes carry a random suffix so tests sharing a database never collide.
 */
public final class TestCity {

	public static final String PASSWORD = "test-password-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

	private final Territory territory;

	private final ResidentRegistry residents;

	private final Users users;

	private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

	public final TerritoryNode district;

	public final TerritoryNode street;

	public final TerritoryNode committee;

	public final TerritoryNode otherCommittee;

	public final TerritoryNode compound;

	public final TerritoryNode otherCompound;

	public TestCity(Territory territory, ResidentRegistry residents, Users users) {
		this.territory = territory;
		this.residents = residents;
		this.users = users;
		TerritoryNode city = cityOf(territory);
		district = add("D" + suffix, TerritoryKind.DISTRICT, "测试区", city, null);
		street = add("S" + suffix, TerritoryKind.STREET, "测试街道", district, null);
		committee = add("C" + suffix, TerritoryKind.COMMITTEE, "第一居委会", street, null);
		otherCommittee = add("K" + suffix, TerritoryKind.COMMITTEE, "第二居委会", street, null);
		compound = add("P" + suffix, TerritoryKind.COMPOUND, "幸福小区", committee, "测试路100弄");
		otherCompound = add("Q" + suffix, TerritoryKind.COMPOUND, "和平花园", otherCommittee, "测试路200弄");
	}

	private static synchronized TerritoryNode cityOf(Territory territory) {
		try {
			return territory.city();
		}
		catch (org.lifeline.shared.NotFoundException none) {
			return territory.add(new NewTerritoryNode("310000", TerritoryKind.CITY, "上海市", null, null, null, null));
		}
	}

	private TerritoryNode add(String code, TerritoryKind kind, String name, TerritoryNode parent, String address) {
		return territory.add(new NewTerritoryNode(code, kind, name, parent.code(), address,
				address == null ? null : 31.2, address == null ? null : 121.4));
	}

	/** Registers a resident in the compound, building 1, given room. */
	public ResidentView resident(TerritoryNode compound, String room, String name, VulnerabilityTag... tags) {
		LocalDate birth = LocalDate.of(1950, 3, 15);
		String number = idNumber(birth, Sex.F);
		return residents.register(new NewResident(null, compound.code(), "1", room, name, IdDocumentType.RESIDENT_ID,
				number, "139" + String.format("%08d", SEQUENCE.incrementAndGet()), birth, Sex.F, Set.of(tags),
				MedicalProfile.NONE), TerritoryScope.everything());
	}

	/** A valid PRC ID number for the birth date and sex, unique within the run. */
	public static String idNumber(LocalDate birth, Sex sex) {
		int sequence = SEQUENCE.incrementAndGet();
		String region = String.format("31%04d", ThreadLocalRandom.current().nextInt(10000));
		int serial = (sequence % 499) * 2 + (sex == Sex.M ? 1 : 0);
		String first17 = region + birth.toString().replace("-", "") + String.format("%03d", serial);
		return first17 + PrcIdNumber.checkCharacter(first17);
	}

	public LifelineUser user(Role role, TerritoryNode node) {
		return users.createDemoAccount(new NewUser(role.name().toLowerCase() + "-" + suffix, role.name(), PASSWORD, role,
				node == null ? null : node.code(), List.of(), null, null, null));
	}

	public LifelineUser volunteer(String... buildingCodes) {
		return users.createDemoAccount(new NewUser("volunteer-" + suffix, "Volunteer", PASSWORD, Role.VOLUNTEER,
				committee.code(), List.of(buildingCodes), null, null, null));
	}

	public LifelineUser resident(long householdId) {
		return users.createDemoAccount(new NewUser("resident-" + suffix, "Resident", PASSWORD, Role.RESIDENT, null,
				List.of(), householdId, null, null));
	}
}

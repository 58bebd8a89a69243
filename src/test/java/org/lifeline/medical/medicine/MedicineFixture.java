package org.lifeline.medical.medicine;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.HospitalAccess;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.NewHospital;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.residents.NewResident;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.Sex;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A test district for medicine runs: the TestCity with its hospitals (the nearest general hospital is closed, so
 * the next one prepares; a dialysis-only site is nearer still), a hospital desk at each general hospital, committee
 * staff and a volunteer for building 1 of the compound.
 */
final class MedicineFixture {

	final TestCity city;

	final String hospital;

	final String otherHospital;

	final LifelineUser desk;

	final LifelineUser otherDesk;

	final LifelineUser committee;

	final LifelineUser volunteer;

	private final ResidentRegistry residents;

	private final Users users;

	MedicineFixture(Territory territory, ResidentRegistry residents, Users users, Hospitals hospitals) {
		this.residents = residents;
		this.users = users;
		city = new TestCity(territory, residents, users);
		String suffix = city.district.code();
		hospital = hospital(hospitals, "HG" + suffix, "测试区人民医院", 31.21, 121.41, "GENERAL", "DIALYSIS");
		hospitals.setOpen(hospital(hospitals, "HC" + suffix, "测试区关闭医院", 31.2001, 121.4001, "GENERAL"), false, null,
				HospitalAccess.city(), "test");
		hospital(hospitals, "HD" + suffix, "测试区透析中心", 31.2, 121.4, "DIALYSIS");
		otherHospital = hospital(hospitals, "HF" + suffix, "测试区远郊医院", 31.5, 121.9, "GENERAL");
		desk = desk("desk-" + suffix.toLowerCase(), hospital);
		otherDesk = desk("desk2-" + suffix.toLowerCase(), otherHospital);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		volunteer = city.volunteer(territory.buildingOf(city.compound, "1").code());
	}

	/** An open hospital of the test district with two dialysis slots, registered as the city registers one. */
	private String hospital(Hospitals hospitals, String code, String name, double lat, double lon, String... kinds) {
		return hospitals.register(new NewHospital(code, name, city.district.code(), null, lat, lon, List.of(kinds), 2,
				null), HospitalAccess.city(), "test").code();
	}

	private LifelineUser desk(String username, String hospitalCode) {
		return users.createDemoAccount(new NewUser(username, "接诊台", TestCity.PASSWORD, Role.HOSPITAL_DESK, null,
				List.of(), null, hospitalCode, null));
	}

	/** Another user of a role bound to a node, under its own name. */
	LifelineUser user(String name, Role role, TerritoryNode node) {
		return users.createDemoAccount(new NewUser(name + "-" + city.district.code().toLowerCase(), name,
				TestCity.PASSWORD, role, node.code(), List.of(), null, null, null));
	}

	/** A resident on long-term medication in a building of the compound. */
	ResidentView patient(TerritoryNode compound, String building, String room, String name, String... medicines) {
		LocalDate birth = LocalDate.of(1948, 5, ThreadLocalRandom.current().nextInt(1, 28));
		return residents.register(new NewResident(null, compound.code(), building, room, name,
				IdDocumentType.RESIDENT_ID, TestCity.idNumber(birth, Sex.M), null, birth, Sex.M,
				Set.of(VulnerabilityTag.LONG_TERM_MEDICATION), new MedicalProfile(null, null, null, List.of(medicines))),
				TerritoryScope.everything());
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}

package org.lifeline.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.care.CareContacts;
import org.lifeline.care.CheckIns;
import org.lifeline.care.NewCheckIn;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.NewVolunteer;
import org.lifeline.volunteers.VolunteerRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care and volunteers in the demo committee, through their use cases: one building leader per building of its
 * first compound (the demo volunteer leads the first of its buildings, with today's tests), shifts today except
 * in the last two buildings (so the committee sees buildings nobody covers), a contact for each of its tagged
 * residents (the demo volunteer for those in its buildings), check-ins of the last days (some three days old, so
 * overdue today) and of this morning: fine, a need that filed a request, and a resident unreachable twice, whose
 * door visit waits in the volunteer's list.
 */
@Component
class DemoCare {

	private static final String DEMO = "demo";

	private static final int FOLLOWED = 200;

	private final CareContacts contacts;

	private final CheckIns checkIns;

	private final VolunteerRegister volunteers;

	private final Users users;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCare(CareContacts contacts, CheckIns checkIns, VolunteerRegister volunteers, Users users, Territory territory,
			JdbcClient jdbc, Clock clock) {
		this.contacts = contacts;
		this.checkIns = checkIns;
		this.volunteers = volunteers;
		this.users = users;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create() {
		TerritoryNode committee = territory.byId(jdbc.sql("select territory_id from app_user where username = 'committee'")
			.query(Long.class)
			.single());
		TerritoryScope scope = committee.scope();
		LifelineUser volunteer = users.within(scope).stream().filter(u -> u.username().equals("volunteer")).findFirst()
			.orElseThrow();
		register(volunteer);
		List<long[]> followed = jdbc.sql("select resident_id, building_id from resident_roster where committee_id = :c "
				+ "and tags <> '{}' order by resident_id limit " + FOLLOWED)
			.param("c", committee.id())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		LocalDate today = LocalDate.now(clock);
		List<Long> theVolunteers = new ArrayList<>();
		for (int i = 0; i < followed.size(); i++) {
			long resident = followed.get(i)[0];
			boolean inVolunteersBuilding = volunteer.buildingIds().contains(followed.get(i)[1]);
			if (inVolunteersBuilding) {
				theVolunteers.add(resident);
			}
			contacts.set(resident, inVolunteersBuilding ? new CareContacts.ContactForm("volunteer", null, null)
					: i % 3 == 0 ? new CareContacts.ContactForm(null, "家属", "1391234" + String.format("%04d", i))
							: new CareContacts.ContactForm("committee", null, null), scope, DEMO);
			if (i % 3 == 1) {
				checkIns.recordEarlier(checkIn(resident, "FINE"), today.minusDays(3), scope, DEMO);
			}
			else if (i % 3 == 2) {
				checkIns.recordEarlier(checkIn(resident, "FINE"), today.minusDays(1), scope, DEMO);
			}
		}
		List<Long> others = followed.stream().map(f -> f[0]).filter(r -> !theVolunteers.contains(r)).toList();
		others.stream().skip(3).limit(6).forEach(r -> checkIns.record(checkIn(r, "FINE"), scope, DEMO));
		others.stream().skip(9).limit(1).forEach(r -> checkIns.record(new NewCheckIn(r, "NEEDS_HELP", "米和油不够了", null),
				scope, DEMO));
		theVolunteers.stream().limit(1).forEach(r -> {
			checkIns.recordEarlier(checkIn(r, "UNREACHABLE"), today.minusDays(1), scope, DEMO);
			checkIns.record(checkIn(r, "UNREACHABLE"), scope, DEMO);
		});
	}

	private static NewCheckIn checkIn(long resident, String outcome) {
		return new NewCheckIn(resident, outcome, null, null);
	}

	/** A leader for every building of the volunteer's compound; the demo volunteer leads the first of its own. */
	private void register(LifelineUser volunteer) {
		TerritoryScope scope = TerritoryScope.everything();
		List<TerritoryNode> own = volunteer.buildingIds().stream().map(territory::byId)
			.sorted(java.util.Comparator.comparing(TerritoryNode::code)).toList();
		TerritoryNode compound = territory.byId(own.get(0).compoundId());
		List<TerritoryNode> buildings = territory.children(compound);
		long id = volunteers.register(new NewVolunteer("张志愿", "13800138000", "volunteer",
				own.stream().map(TerritoryNode::code).toList(), List.of(own.get(0).code()), List.of("SHANGHAINESE", "MANDARIN")),
				scope, DEMO);
		LocalDate today = LocalDate.now(clock);
		volunteers.shift(id, today, LocalTime.of(7, 0), LocalTime.of(19, 0), scope);
		volunteers.test(id, "PCR", "NEGATIVE", clock.instant().minus(Duration.ofHours(6)), scope, DEMO);
		volunteers.test(id, "ANTIGEN", "NEGATIVE", clock.instant().minus(Duration.ofHours(2)), scope, DEMO);
		int n = 0;
		for (TerritoryNode building : buildings) {
			n++;
			if (own.get(0).id() == building.id()) {
				continue;
			}
			long leader = volunteers.register(new NewVolunteer("楼长" + building.name(), "1380000" + String.format("%04d", n),
					null, List.of(building.code()), List.of(building.code()), List.of(n % 2 == 0 ? "DRIVING" : "MEDICAL")),
					scope, DEMO);
			if (n < buildings.size() - 1) {
				volunteers.shift(leader, today, LocalTime.of(8, 0), LocalTime.of(17, 0), scope);
				volunteers.test(leader, "PCR", "NEGATIVE", clock.instant().minus(Duration.ofHours(8)), scope, DEMO);
			}
		}
	}
}

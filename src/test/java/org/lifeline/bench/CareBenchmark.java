package org.lifeline.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.lifeline.care.CarePlanner;
import org.lifeline.care.CheckInList;
import org.lifeline.demo.DemoCity;
import org.lifeline.demo.DemoScale;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.screening.NewRound;
import org.lifeline.screening.RoundPlanning;
import org.lifeline.shared.PageRequest;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.volunteers.NewVolunteer;
import org.lifeline.volunteers.TaskList;
import org.lifeline.volunteers.VolunteerRegister;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Daily check-ins and a volunteer's task list at district scale: a demo city ({@code --scale}, default district),
 * its tagged residents' standing set up in bulk (a third reached yesterday, a third three days ago, the rest never;
 * a contact for every one) and today's screening round in the volunteer's compound, then: planning the first
 * district's day (its check-in list, the volunteers' check-in and door-visit tasks), the district's check-ins for
 * today (first page of 50 and total, overdue first), and one volunteer's task page for two buildings (with their
 * sampling calls and door samples), each {@code --runs} times (default 5).
 */
class CareBenchmark implements Benchmark {

	private static final String NAME = "care";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		DemoScale scale = DemoScale.parse(context.option("scale", "district"));
		int runs = Integer.parseInt(context.option("runs", "5"));
		JdbcClient jdbc = context.bean(JdbcClient.class);
		Territory territory = context.bean(Territory.class);
		LocalDate today = LocalDate.now(context.bean(Clock.class));
		context.bean(DemoCity.class).generate(scale, DemoCity.DEFAULT_SEED);
		TerritoryNode district = territory.children(territory.city()).stream()
			.filter(n -> n.kind() == TerritoryKind.DISTRICT).findFirst().orElseThrow();
		LifelineUser volunteer = volunteer(context, jdbc, territory, district);
		standing(jdbc, district, today, volunteer.id());
		samplingToday(context, territory, volunteer, today);
		List<BenchmarkResult> results = new ArrayList<>();
		long residents = jdbc.sql("select count(*) from resident where district_id = :d").param("d", district.id())
			.query(Long.class).single();
		long tagged = jdbc.sql("select count(*) from resident where district_id = :d and tags <> '{}'")
			.param("d", district.id()).query(Long.class).single();
		results.add(BenchmarkResult.info(NAME, "district residents / tagged", String.format("%,d / %,d", residents, tagged)));
		CarePlanner planner = context.bean(CarePlanner.class);
		long t = System.nanoTime();
		int planned = planner.plan(today, district.id());
		double planSeconds = (System.nanoTime() - t) / 1e9;
		results.add(new BenchmarkResult(NAME, "plan the district's day (" + String.format("%,d", planned) + " check-ins)",
				String.format("%.2f s", planSeconds), "≤ 10 s", planSeconds <= 10));
		jdbc.sql("analyze care_day").update();
		CheckInList list = context.bean(CheckInList.class);
		measure(results, "district check-ins today, first 50 of all", Duration.ofMillis(200), runs,
				() -> list.of(today, district.scope(), null, new PageRequest(0, 50)).total());
		TaskList tasks = context.bean(TaskList.class);
		measure(results, "a volunteer's task list (2 buildings)", Duration.ofMillis(100), runs,
				() -> (long) tasks.of(volunteer, today).items().size());
		return results;
	}

	private static void measure(List<BenchmarkResult> results, String what, Duration target, int runs,
			Callable<Long> work) throws Exception {
		double[] ms = new double[runs];
		long count = 0;
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			count = work.call();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		results.add(new BenchmarkResult(NAME, what + " (" + String.format("%,d", count) + "): median / max of " + runs,
				String.format("%.0f ms / %.0f ms", ms[runs / 2], ms[runs - 1]), "≤ " + target.toMillis() + " ms",
				ms[runs - 1] <= target.toMillis()));
	}

	/** Today's screening round in the volunteer's compound: its building calls and door samples join the list. */
	private static void samplingToday(BenchmarkContext context, Territory territory, LifelineUser volunteer,
			LocalDate today) {
		TerritoryNode building = territory.byId(volunteer.buildingIds().iterator().next());
		TerritoryNode compound = territory.byId(building.compoundId());
		context.bean(RoundPlanning.class).plan(new NewRound(territory.byId(compound.streetId()).code(), today,
				List.of(compound.code()), null), "bench", org.lifeline.territory.TerritoryScope.everything());
	}

	/** A volunteer account and register entry for the two first buildings of the district, with today's tests. */
	private static LifelineUser volunteer(BenchmarkContext context, JdbcClient jdbc, Territory territory,
			TerritoryNode district) {
		List<String> buildings = jdbc.sql("select b.code from territory_placement b where b.kind = 'BUILDING' "
				+ "and b.district_id = :d and exists (select 1 from resident_roster r where r.building_id = b.id "
				+ "and r.tags <> '{}') order by b.id limit 2").param("d", district.id()).query(String.class).list();
		TerritoryNode first = territory.byCode(buildings.get(0));
		TerritoryNode committee = territory.byId(first.committeeId());
		LifelineUser user = context.bean(Users.class).createDemoAccount(new NewUser("bench-volunteer", "Bench volunteer",
				"bench-password-1", Role.VOLUNTEER, committee.code(), buildings, null, null, null));
		VolunteerRegister register = context.bean(VolunteerRegister.class);
		long id = register.register(new NewVolunteer("志愿者", "13800000000", user.username(), buildings, buildings, List.of()),
				org.lifeline.territory.TerritoryScope.everything(), "bench");
		register.test(id, "PCR", "NEGATIVE", null, org.lifeline.territory.TerritoryScope.everything(), "bench");
		register.test(id, "ANTIGEN", "NEGATIVE", null, org.lifeline.territory.TerritoryScope.everything(), "bench");
		return user;
	}

	/** Contacts and where each tagged resident stands, in bulk; the volunteer is the contact in its buildings. */
	private static void standing(JdbcClient jdbc, TerritoryNode district, LocalDate today, long volunteerId) {
		jdbc.sql("""
				insert into care_contact (resident_id, district_id, committee_id, contact_user_id, name, phone, updated_by, updated_at)
				select r.resident_id, r.district_id, r.committee_id,
				       case when b.building_id is not null then :user end, '家属', '13900000000', 'bench', now()
				from resident_roster r
				left join (select building_id from volunteer_post) b on b.building_id = r.building_id
				where r.district_id = :d and r.tags <> '{}'
				""").param("d", district.id()).param("user", volunteerId).update();
		jdbc.sql("""
				insert into care_state (resident_id, last_reached_on, unreachable_in_row)
				select r.resident_id, case r.resident_id % 3 when 0 then cast(:today as date) - 1
				                                            when 1 then cast(:today as date) - 3 end, 0
				from resident_roster r where r.district_id = :d and r.tags <> '{}'
				""").param("d", district.id()).param("today", java.sql.Date.valueOf(today)).update();
		jdbc.sql("analyze care_contact").update();
		jdbc.sql("analyze care_state").update();
	}
}

package org.lifeline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskList;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.shared.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.MessageSource;

/**
 * The small demo city that an empty database gets on start (lifeline.demo=small in the test profile). It has a
 * database of its own: other tests add districts, cities and residents to the shared one.
 */
@SpringBootTest(properties = "lifeline.test.own-database=demo-city")
@ActiveProfiles("test")
class DemoCityIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoCity demoCity;

	@Autowired
	TaskList tasks;

	@Autowired
	Users users;

	@Autowired
	Clock clock;

	@Test
	void smallCityIsLoadedOnStart() {
		assertThat(nodes("CITY")).isEqualTo(1);
		assertThat(nodes("DISTRICT")).isEqualTo(1);
		assertThat(nodes("STREET")).isEqualTo(5);
		assertThat(nodes("COMMITTEE")).isEqualTo(20);
		assertThat(nodes("COMPOUND")).isEqualTo(60);
		assertThat(count("select count(*) from resident")).isBetween(19_000L, 21_000L);
		assertThat(count("select count(*) from supplier")).isEqualTo(12);
		assertThat(count("select count(*) from vehicle")).isBetween(30L, 50L);
	}

	@Test
	void theDemoVolunteerFindsTodaysSamplingNextToTheOtherTasks() {
		LifelineUser volunteer = users.within(TerritoryScope.everything()).stream()
			.filter(u -> u.username().equals("volunteer")).findFirst().orElseThrow();
		TaskList.DayList day = tasks.of(volunteer, LocalDate.now(clock));
		assertThat(day.testValid()).isTrue();
		List<String> kinds = day.items().stream().map(VolunteerTask::kind).toList();
		assertThat(kinds).contains("SAMPLING_CALL", "HOME_SAMPLING", "CHECK_IN", "DOOR_VISIT");
		assertThat(day.items().stream().filter(t -> t.kind().equals("SAMPLING_CALL")).map(VolunteerTask::buildingId)
			.distinct()).containsExactlyInAnyOrderElementsOf(volunteer.buildingIds());
		assertThat(day.items().stream().filter(t -> t.kind().equals("HOME_SAMPLING")))
			.allSatisfy(t -> assertThat(volunteer.buildingIds()).contains(t.buildingId()))
			.anySatisfy(t -> assertThat(t.room()).isNotBlank());
	}

	@Test
	void everyResidentSitsInItsHouseholdsBuilding() {
		assertThat(count("""
				select count(*) from resident r
				join household h on h.id = r.household_id
				join territory_node b on b.id = h.building_id
				where b.kind <> 'BUILDING' or r.building_id <> b.id
				   or r.compound_id <> b.compound_id or h.compound_id <> b.compound_id
				   or r.committee_id <> b.committee_id or h.committee_id <> b.committee_id
				   or r.street_id <> b.street_id or h.street_id <> b.street_id
				   or r.district_id <> b.district_id or h.district_id <> b.district_id""")).isZero();
		assertThat(count("""
				select count(*) from resident r join territory_node d on d.id = r.district_id
				where r.id_type = 'RESIDENT_ID' and left(r.id_number, 6) <> d.code""")).isZero();
	}

	@Test
	void everyNodeKnowsItsAncestors() {
		assertThat(count("""
				select count(*) from territory_node n join territory_node p on p.id = n.parent_id
				where n.district_id is distinct from coalesce(p.district_id, case when n.kind = 'DISTRICT' then n.id end)
				   or n.street_id is distinct from coalesce(p.street_id, case when n.kind = 'STREET' then n.id end)
				   or n.committee_id is distinct from coalesce(p.committee_id, case when n.kind = 'COMMITTEE' then n.id end)
				   or n.compound_id is distinct from coalesce(p.compound_id, case when n.kind = 'COMPOUND' then n.id end)"""))
			.isZero();
	}

	@Test
	void everyDistrictHasEveryKindOfHospital() {
		assertThat(count("""
				select count(*) from territory_node d
				cross join unnest(array['DESIGNATED_SEALED', 'DESIGNATED_CONTROLLED', 'FEVER_CLINIC', 'DIALYSIS',
				    'OBSTETRICS', 'ONCOLOGY', 'GENERAL']) k(kind)
				where d.kind = 'DISTRICT'
				  and not exists (select 1 from hospital h where h.district_id = d.id and k.kind = any (h.kinds))"""))
			.isZero();
		assertThat(count("""
				select count(*) from resident r where 'DIALYSIS' = any (r.tags)
				  and not exists (select 1 from hospital h where h.code = r.dialysis_hospital_code
				      and 'DIALYSIS' = any (h.kinds))""")).isZero();
	}

	@Test
	void laterRowsDoNotCollideWithGeneratedIds() {
		long next = count("select nextval('resident_id_seq')");
		assertThat(next).isGreaterThan(count("select max(id) from resident"));
	}

	@Test
	void refusesASecondCity() {
		assertThat(demoCity.exists()).isTrue();
		assertThatThrownBy(() -> demoCity.generate(DemoScale.SMALL, DemoCity.DEFAULT_SEED))
			.isInstanceOf(ConflictException.class);
		assertThat(nodes("CITY")).isEqualTo(1);
	}

	@Test
	void theRefusalOfASecondCityIsSaidInChinese(@Autowired MessageSource messages) {
		assertThatThrownBy(() -> demoCity.generate(DemoScale.SMALL, DemoCity.DEFAULT_SEED))
			.isInstanceOfSatisfying(ConflictException.class, refusal -> assertThat(
					messages.getMessage(refusal, Locale.SIMPLIFIED_CHINESE)).isEqualTo("数据库中已有区域数据；演示城市只能生成到空数据库中"));
	}

	private long nodes(String kind) {
		return jdbc.sql("select count(*) from territory_node where kind = ?").param(kind).query(Long.class).single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}

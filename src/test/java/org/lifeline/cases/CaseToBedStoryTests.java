package org.lifeline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.ResidentTestedPositive;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.Publications;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A recheck tests positive → the case is reported → it waits for a bed past a day and is escalated → a bus run
 * takes it → it is admitted → discharged home; the bulletin counts it on each day.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
@Import(MovableClock.Configuration.class)
class CaseToBedStoryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CaseTransfers transfers;

	@Autowired
	CaseEscalations escalations;

	@Autowired
	ClearDaily clearDaily;

	@Autowired
	Bulletins bulletins;

	@Autowired
	MovableClock clock;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	TestCity city;

	LifelineUser district;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
	}

	@Test
	void aPositiveRecheckGoesToABedAndHomeAgainAndTheBulletinCountsIt(Scenario scenario) {
		ResidentView patient = city.resident(city.compound, "501", "林一");
		ResidentView husband = city.resident(city.compound, "501", "林二");
		LocalDate reportDay = LocalDate.now(clock);
		String tube = "RT-" + city.compound.code();
		scenario.stimulate(() -> {
			recheckPositive(patient, tube);
			recheckPositive(patient, tube);
		})
			.andWaitForStateChange(() -> Publications.handled(jdbc, ResidentTestedPositive.class,
					"\"residentId\":" + patient.id() + ","), handled -> handled)
			.andVerify(handled -> assertThat(handled).isTrue());
		long caseId = jdbc.sql("select id from positive_case where resident_id = ?").param(patient.id())
			.query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from positive_case where resident_id = ?").param(patient.id())
			.query(Long.class).single()).isOne();
		CaseInQueue queued = transfers.awaitingTransfer(city.compound.scope()).get(0);
		assertThat(queued.caseId()).isEqualTo(caseId);
		assertThat(queued.type()).isEqualTo(CaseType.ASYMPTOMATIC);
		assertThat(jdbc.sql("select found_by from positive_case where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("CONTROL");
		assertThat(jdbc.sql("select count(*) from home_sampling_task where resident_id = ? and reason = 'CLOSE_CONTACT'")
			.param(husband.id()).query(Long.class).single()).isEqualTo(CaseReports.QUARANTINE_DAYS);
		assertThat(clearDaily.backlog(city.district.scope()).total()).isZero();

		clock.advance(Duration.ofHours(25));
		Backlog backlog = clearDaily.backlog(city.district.scope());
		assertThat(backlog.total()).isOne();
		assertThat(backlog.streets()).singleElement().satisfies(s -> assertThat(s.streetName()).isEqualTo("测试街道"));
		assertThat(backlog.cases()).singleElement().satisfies(w -> assertThat(w.ageHours()).isGreaterThanOrEqualTo(25));
		scenario.stimulate(() -> {
			assertThat(escalations.escalateOverdue()).isPositive();
			escalations.escalateOverdue();
		})
			.andWaitForStateChange(() -> Publications.handled(jdbc, CaseEscalated.class, "\"caseId\":" + caseId + ","),
					handled -> handled)
			.andVerify(handled -> assertThat(jdbc.sql("select text from notification where user_id = ?")
				.param(district.id()).query(String.class).list()).singleElement().asString().contains("#" + caseId));
		assertThat(clearDaily.backlog(city.district.scope()).cases().get(0).escalated()).isTrue();

		transfers.startTransfer(caseId, "BUS-PD-001", "driver-1");
		transfers.admit(caseId, "FC-PD-EXPO", "GENERAL", "desk-expo");
		assertThat(clearDaily.backlog(city.district.scope()).total()).isZero();
		Bulletin onReportDay = bulletins.of(reportDay, city.district.scope());
		assertThat(onReportDay.newAsymptomatic()).isOne();
		assertThat(onReportDay.newConfirmed()).isZero();
		assertThat(onReportDay.foundUnderControl()).isOne();
		assertThat(onReportDay.foundInScreening()).isZero();
		assertThat(onReportDay.compounds()).extracting(Bulletin.CompoundLine::name).containsExactly("幸福小区");
		// admitted a day and an hour after the report: the day after it, or two days after when reported after 23:00
		Bulletin nextDay = bulletins.of(LocalDate.now(clock), city.district.scope());
		assertThat(nextDay.newAsymptomatic()).isZero();
		assertThat(nextDay.inFacilities()).isOne();

		clock.advance(Duration.ofDays(9));
		transfers.discharge(caseId, "desk-expo");
		Bulletin dischargeDay = bulletins.of(LocalDate.now(clock), city.district.scope());
		assertThat(dischargeDay.discharged()).isOne();
		assertThat(dischargeDay.inFacilities()).isZero();
		assertThat(jdbc.sql("select action from case_step where case_id = ? order by at, id").param(caseId)
			.query(String.class).list()).containsExactly("REPORTED", "AWAITING_TRANSFER", "ESCALATED",
					"TRANSFER_STARTED", "ADMITTED", "DISCHARGED");
		assertThat(transfers.awaitingTransfer(TerritoryScope.everything())).extracting(CaseInQueue::caseId)
			.doesNotContain(caseId);
	}

	private void recheckPositive(ResidentView resident, String tube) {
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> events.publishEvent(new ResidentTestedPositive(resident.id(),
				city.compound.id(), 0, city.district.id(), tube, now.minusSeconds(3600), now)));
	}
}

package org.lifeline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The transfer queue and the steps isolation drives, on the embedded PostgreSQL. */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseTransfersIntegrationTests {

	@Autowired
	CaseReports reports;

	@Autowired
	CaseTransfers transfers;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	TestCity city;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
	}

	long report(ResidentView resident, CaseType type) {
		return reports.report(new NewCase(resident.id(), type, MovableClock.cityToday(), null, CaseSource.DISTRICT, null),
				TerritoryScope.everything(), "district").id();
	}

	@Test
	void theQueueListsTheScopesCasesOldestFirstWithTheirNeeds() {
		long first = report(city.resident(city.compound, "101", "王一", VulnerabilityTag.SERIOUSLY_ILL), CaseType.CONFIRMED);
		long second = report(city.resident(city.otherCompound, "201", "王二"), CaseType.ASYMPTOMATIC);
		assertThat(transfers.awaitingTransfer(city.district.scope())).extracting(CaseInQueue::caseId)
			.containsExactly(first, second);
		assertThat(transfers.awaitingTransfer(city.compound.scope())).singleElement().satisfies(q -> {
			assertThat(q.needs()).containsExactly(CaseNeeds.ELDERLY_WITH_CONDITIONS);
			assertThat(q.age()).isGreaterThanOrEqualTo(70);
			assertThat(q.compoundId()).isEqualTo(city.compound.id());
			assertThat(q.streetId()).isEqualTo(city.street.id());
			assertThat(q.type()).isEqualTo(CaseType.CONFIRMED);
		});
	}

	@Test
	void aCaseLeavesTheQueueOnItsBusRunAndIsAdmittedThenDischarged() {
		ResidentView resident = city.resident(city.compound, "102", "李三");
		long id = report(resident, CaseType.ASYMPTOMATIC);
		transfers.startTransfer(id, "BUS-1", "driver-1");
		assertThat(transfers.awaitingTransfer(city.district.scope())).isEmpty();
		transfers.admit(id, "FC-PD-1", "GENERAL", "desk-1");
		assertThat(exemption(resident.id(), "IN_ISOLATION")).isEqualTo(1);
		transfers.discharge(id, "desk-1");
		assertThat(jdbc.sql("select action || ':' || actor from case_step where case_id = ? order by at, id")
			.param(id).query(String.class).list()).containsExactly("REPORTED:district", "AWAITING_TRANSFER:district",
					"TRANSFER_STARTED:driver-1", "ADMITTED:desk-1", "DISCHARGED:desk-1");
		assertThat(jdbc.sql("select count(*) from screening_exemption where resident_id = ? and valid_until is null")
			.param(resident.id()).query(Long.class).single()).isZero();
	}

	@Test
	void badTransitionsAre409sNamingTheCaseAndNothingChanges() {
		long id = report(city.resident(city.compound, "103", "赵四"), CaseType.CONFIRMED);
		assertThatThrownBy(() -> transfers.discharge(id, "desk")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("#" + id)
			.hasMessageContaining("AWAITING_TRANSFER");
		assertThatThrownBy(() -> transfers.startTransfer(-1, "BUS", "driver")).isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("select status from positive_case where id = ?").param(id).query(String.class).single())
			.isEqualTo("AWAITING_TRANSFER");
	}

	private long exemption(long residentId, String reason) {
		return jdbc.sql("select count(*) from screening_exemption where resident_id = ? and reason = ? and valid_until is null")
			.params(residentId, reason)
			.query(Long.class)
			.single();
	}
}

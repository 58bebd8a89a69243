package org.lifeline.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Certificates with the modules it reads (territory, residents, zones): the committee issues a work-absence
 * certificate for the days the resident's compound has been sealed, and anyone checks its code and sees only the
 * masked name. Identity comes along because it answers territory's question about the caller's scope, which
 * the certificate and resident pages ask. Certificates announces nothing; the scenario waits for the list.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "database", "identity" })
@ActiveProfiles("test")
@DirtiesContext
class CertificatesModuleTests {

	@Autowired
	Certificates certificates;

	@Autowired
	Zoning zoning;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Clock clock;

	@Test
	void aCertificateForTheSealedDaysIsCheckedByItsCode(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView worker = city.resident(city.compound, "1701", "王证明");
		zoning.setZone(city.compound.code(), Zone.SEALED, "阳性病例", "district", TerritoryScope.everything());
		LocalDate today = LocalDate.now(clock.withZone(Zoning.SHANGHAI));
		scenario.stimulate(() -> certificates.issue(worker.id(), today, today, "committee", city.committee.scope()))
			.andWaitForStateChange(() -> certificates.list(city.committee.scope(), 10), issued -> !issued.isEmpty())
			.andVerify((issued, certificate) -> {
				assertThat(issued).extracting(CertificateView::code).containsExactly(certificate.code());
				assertThat(certificates.verify(certificate.code())).hasValueSatisfying(check -> {
					assertThat(check.maskedName()).isEqualTo(MaskedName.of("王证明")).isNotEqualTo("王证明");
					assertThat(check.from()).isEqualTo(today);
					assertThat(check.revoked()).isFalse();
				});
			});
	}
}

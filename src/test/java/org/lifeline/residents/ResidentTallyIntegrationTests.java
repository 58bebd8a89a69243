package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.territory.TestTerritory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-compound resident count behind compound_resident_count stays equal to counting the residents, whatever
 * writes them: a registration, an import, a move to another compound, a removal, and a bulk load with the tally
 * suspended and resumed.
 */
@SpringBootTest
@ActiveProfiles("test")
class ResidentTallyIntegrationTests {

	final Territory territory;

	final ResidentRegistry registry;

	final ResidentImport residentImport;

	final JdbcClient jdbc;

	final DataSource dataSource;

	final TransactionTemplate transaction;

	TestTerritory place;

	@Autowired
	ResidentTallyIntegrationTests(Territory territory, ResidentRegistry registry, ResidentImport residentImport,
			JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction) {
		this.territory = territory;
		this.registry = registry;
		this.residentImport = residentImport;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = transaction;
	}

	@BeforeEach
	void createTerritory() {
		place = TestTerritory.create(territory, 2);
	}

	@Test
	void registrationImportMoveAndRemovalKeepTheCount() throws Exception {
		TerritoryNode first = place.compounds().get(0);
		TerritoryNode second = place.compounds().get(1);
		long registered = register(first, "101").id();
		register(first, "102");
		assertThat(published()).isEqualTo(Map.of(first.id(), 2L));

		Path file = Files.createTempFile("tally", ".csv");
		Files.writeString(file, ResidentImportTests.lines(ResidentImportTests.ENGLISH,
				ResidentImportTests.row(second.code(), "1", "201", "张三", TestIdNumbers.next(), "", ""),
				ResidentImportTests.row(second.code(), "1", "202", "李四", TestIdNumbers.next(), "", ""),
				ResidentImportTests.row(first.code(), "2", "201", "王五", TestIdNumbers.next(), "", "")));
		assertThat(residentImport.run(file, false, TerritoryScope.everything()).accepted()).isEqualTo(3);
		Files.delete(file);
		assertThat(published()).isEqualTo(Map.of(first.id(), 3L, second.id(), 2L));

		jdbc.sql("update resident set compound_id = ? where id = ?").params(second.id(), registered).update();
		assertThat(published()).isEqualTo(Map.of(first.id(), 2L, second.id(), 3L));

		jdbc.sql("delete from resident where compound_id = ?").param(second.id()).update();
		assertThat(published()).isEqualTo(Map.of(first.id(), 2L));
		assertThat(published()).isEqualTo(counted());
	}

	@Test
	void aBulkLoadRecountsOnceWhenResumed() {
		TerritoryNode compound = place.compound();
		long household = register(compound, "301").householdId();
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select resident_tally_suspend()").query(Object.class).list();
			jdbc.sql("""
					insert into resident (household_id, building_id, compound_id, committee_id, street_id, district_id,
					    name, id_type, id_number, phone, birth_date, sex)
					select household_id, building_id, compound_id, committee_id, street_id, district_id,
					    '批量' || n, id_type, id_number || '-' || n, phone, birth_date, sex
					from resident, generate_series(1, 5) n where household_id = ?""").param(household).update();
			assertThat(published()).isEqualTo(Map.of(compound.id(), 1L));
			jdbc.sql("select resident_tally_resume()").query(Object.class).list();
		});
		assertThat(published()).isEqualTo(Map.of(compound.id(), 6L));
		register(compound, "302");
		assertThat(published()).isEqualTo(Map.of(compound.id(), 7L)).isEqualTo(counted());
	}

	private ResidentView register(TerritoryNode compound, String room) {
		String id = TestIdNumbers.next();
		return registry.register(new NewResident(null, compound.code(), "1", room, "赵六", IdDocumentType.RESIDENT_ID, id,
				null, TestIdNumbers.birthDate(id), PrcIdNumber.sex(id), Set.of(), MedicalProfile.NONE),
				TerritoryScope.everything());
	}

	private Map<Long, Long> published() {
		return jdbc.sql("select compound_id, residents from compound_resident_count where committee_id = ?")
			.param(place.committee().id())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<Long, Long> counted() {
		return jdbc.sql("select compound_id, count(*) from resident where committee_id = ? group by compound_id")
			.param(place.committee().id())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}

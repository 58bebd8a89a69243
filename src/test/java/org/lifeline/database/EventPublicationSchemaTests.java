package org.lifeline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The event publication registry's table comes from Flyway (V68), exactly as Spring Modulith's own PostgreSQL
 * schema would make it, and a database whose table Modulith created before V68 existed still migrates.
 */
class EventPublicationSchemaTests {

	static final String MODULITH_SCHEMA = "org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql";

	static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void flywayCreatesTheTableModulithWould() {
		DataSource byModulith = database("by_modulith");
		new ResourceDatabasePopulator(new ClassPathResource(MODULITH_SCHEMA)).execute(byModulith);
		DataSource byFlyway = database("by_flyway");
		flyway(byFlyway, null).migrate();

		assertThat(shape(byFlyway)).isNotEmpty().isEqualTo(shape(byModulith));
	}

	@Test
	void aDatabaseWhoseTableModulithCreatedStillMigrates() {
		DataSource existing = database("existing");
		flyway(existing, "67").migrate();
		new ResourceDatabasePopulator(new ClassPathResource(MODULITH_SCHEMA)).execute(existing);
		new JdbcTemplate(existing).update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
				values (gen_random_uuid(), 'listener', 'SomethingHappened', '{}', now())""");

		flyway(existing, null).migrate();
		assertThat(new JdbcTemplate(existing).queryForObject(
				"select success from flyway_schema_history where version = '68'", Boolean.class)).isTrue();
		assertThat(new JdbcTemplate(existing).queryForObject("select count(*) from event_publication", Long.class))
			.isEqualTo(1);
	}

	/** Columns (name, type, nullable) and index definitions of the publication table. */
	private static List<String> shape(DataSource db) {
		JdbcTemplate jdbc = new JdbcTemplate(db);
		List<String> columns = jdbc.queryForList("""
				select column_name || ' ' || data_type || ' ' || is_nullable from information_schema.columns
				where table_name = 'event_publication' order by ordinal_position""", String.class);
		List<String> indexes = jdbc.queryForList(
				"select indexdef from pg_indexes where tablename = 'event_publication' order by indexname",
				String.class);
		return java.util.stream.Stream.concat(columns.stream(), indexes.stream()).toList();
	}

	private static DataSource database(String name) {
		new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
		return postgres.getDatabase("postgres", name);
	}

	private static Flyway flyway(DataSource db, String target) {
		var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
		return (target == null ? config : config.target(target)).load();
	}
}

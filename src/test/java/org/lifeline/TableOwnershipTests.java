package org.lifeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: no SQL string in one module's code names another module's table. Other modules
 * read through the owner's API or through a view the owner publishes (views may be named by anyone).
 *
 * <p>Which module owns a table is read from the migrations: the module named by the {@code -- module: <name>}
 * line at the top of the migration that creates it. The migrations written before that line was introduced (up to
 * V40) are mapped below, and V1, which created the tables of several modules, table by table. A migration with
 * neither falls back to the first word of its description when that names a module ({@code V50__screening_rounds}
 * → screening); otherwise this test fails and asks for the line. The demo module is exempt: it loads every table of
 * the demo city.
 */
class TableOwnershipTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path MODULES = Path.of("src/main/java/org/lifeline");

	/** Modules whose code may name any table. */
	static final Set<String> EXEMPT = Set.of("demo");

	/** Landed migrations without a module line, by version. */
	static final Map<String, String> LANDED = Map.of("10", "identity", "20", "requests", "21", "notifications", "30",
			"medical", "31", "medical", "35", "medical", "37", "medical", "38", "medical", "40", "supplies");

	/** V1 created the first tables of several modules. */
	static final Map<String, String> V1_TABLES = Map.of("territory_node", "territory", "household", "residents",
			"resident", "residents", "compound_zone", "zones", "zone_change", "zones", "hospital", "medical", "vehicle",
			"medical", "supplier", "supplies", "shedlock", "shared");

	static final Pattern MODULE_LINE = Pattern.compile("^--\\s*module:\\s*([a-z]+)\\s*$", Pattern.MULTILINE);

	static final Pattern CREATE_TABLE = Pattern
		.compile("create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	static final Pattern CREATE_VIEW = Pattern
		.compile("create\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__([a-z]+)[a-z0-9_]*\\.sql");

	@Test
	void everyTableHasAnOwningModule() {
		Map<String, String> owners = tableOwners();
		assertThat(owners).containsEntry("territory_node", "territory")
			.containsEntry("resident", "residents")
			.containsEntry("trip", "medical")
			.containsEntry("group_buy", "supplies")
			.containsEntry("event_publication", "shared");
		Set<String> modules = modules();
		modules.add("shared");
		assertThat(owners.values()).allMatch(modules::contains, "names a module under org.lifeline");
	}

	@Test
	void noModuleNamesAnotherModulesTable() {
		Map<String, String> owners = tableOwners();
		List<String> foreign = new ArrayList<>();
		for (String module : modules()) {
			if (!EXEMPT.contains(module)) {
				javaFiles(MODULES.resolve(module))
					.forEach(file -> foreign.addAll(foreignTables(module, read(file), owners).stream()
						.map(table -> MODULES.relativize(file) + " names " + table + " of " + owners.get(table))
						.toList()));
			}
		}
		assertThat(foreign).as("SQL naming another module's table (read its API or a view it publishes)").isEmpty();
	}

	@Test
	void theScanFindsAForeignTableAndLetsAPublishedViewPass() {
		Map<String, String> owners = Map.of("territory_node", "territory", "trip", "medical");
		String code = """
				class X {
					// select * from territory_node  (a comment, not SQL)
					String a = "select t.id from trip t join territory_node n on n.id = t.node_id";
					String b = \"""
							select * from territory_placement p\""";
					char c = '"';
				}
				""";
		assertThat(foreignTables("medical", code, owners)).containsExactly("territory_node");
		assertThat(foreignTables("territory", code, owners)).containsExactly("trip");
	}

	/** Table → owning module, for every table the migrations create (views are not tables). */
	static Map<String, String> tableOwners() {
		Map<String, String> owners = new TreeMap<>();
		Set<String> views = new TreeSet<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			String name = migration.getFileName().toString();
			String sql = read(migration).toLowerCase();
			Matcher view = CREATE_VIEW.matcher(sql);
			while (view.find()) {
				views.add(view.group(1));
			}
			Matcher table = CREATE_TABLE.matcher(sql);
			while (table.find()) {
				String owner = owner(name, sql, table.group(1))
					.orElseThrow(() -> new AssertionError(name + " creates " + table.group(1)
							+ " but names no module: start it with a line '-- module: <name>'"));
				owners.put(table.group(1), owner);
			}
		}
		owners.keySet().removeAll(views);
		return owners;
	}

	private static Optional<String> owner(String migration, String sql, String table) {
		Matcher line = MODULE_LINE.matcher(sql);
		if (line.find()) {
			return Optional.of(line.group(1));
		}
		Matcher name = MIGRATION_NAME.matcher(migration);
		if (!name.matches()) {
			return Optional.empty();
		}
		if (name.group(1).equals("1")) {
			return Optional.ofNullable(V1_TABLES.get(table));
		}
		return Optional.ofNullable(LANDED.get(name.group(1)))
			.or(() -> Optional.of(name.group(2)).filter(modules()::contains));
	}

	/** Tables of other modules that SQL string literals in one module's source name. */
	static List<String> foreignTables(String module, String source, Map<String, String> owners) {
		if (owners.isEmpty()) {
			return List.of();
		}
		Pattern names = Pattern.compile("\\b(?:from|join|into|update|copy|table)\\s+("
				+ String.join("|", owners.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
				+ ")\\b(?![.(])", Pattern.CASE_INSENSITIVE);
		List<String> out = new ArrayList<>();
		for (String literal : JavaStrings.of(source)) {
			Matcher m = names.matcher(literal);
			while (m.find()) {
				String table = m.group(1).toLowerCase();
				if (!owners.get(table).equals(module)) {
					out.add(table);
				}
			}
		}
		return out;
	}

	static Set<String> modules() {
		try (Stream<Path> dirs = Files.list(MODULES)) {
			return dirs.filter(Files::isDirectory)
				.map(d -> d.getFileName().toString())
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> javaFiles(Path dir) {
		return files(dir, ".java");
	}

	private static List<Path> files(Path dir, String suffix) {
		try (Stream<Path> all = Files.walk(dir)) {
			return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

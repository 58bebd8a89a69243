package org.lifeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module structure honest and writes the module documentation (diagrams, a canvas per module and one
 * document with all of them) to docs/modules, so every build keeps the committed documentation current; CI fails
 * when a change to the modules leaves it uncommitted.
 */
class ModularityTests {

	static final String DOCS = "docs/modules";

	private final ApplicationModules modules = ApplicationModules.of(LifelineApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		sortListings(Path.of(DOCS));
		assertThat(Path.of(DOCS, "components.puml")).content().contains("Rel(");
		assertThat(Path.of(DOCS, "module-territory.adoc")).content().contains("territory_placement");
	}

	/**
	 * The Documenter lists a diagram's relations and a canvas's items (events listened to, components used) in an
	 * order that changes from run to run; sorted, the committed documentation changes only when the modules do.
	 */
	private static void sortListings(Path docs) throws IOException {
		try (Stream<Path> files = Files.list(docs)) {
			for (Path file : files.toList()) {
				List<String> lines = Files.readAllLines(file);
				Files.write(file, file.toString().endsWith(".puml") ? sortRuns(lines, "Rel(") : sortRuns(lines, "* "));
			}
		}
	}

	/** Sorts each run of consecutive lines that start with the prefix (the first may open a table cell, "|"). */
	static List<String> sortRuns(List<String> lines, String prefix) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			boolean cell = line.startsWith("|" + prefix);
			if (!cell && !line.startsWith(prefix)) {
				out.add(line);
				i++;
				continue;
			}
			List<String> run = new ArrayList<>(List.of(cell ? line.substring(1) : line));
			for (i++; i < lines.size() && lines.get(i).startsWith(prefix); i++) {
				run.add(lines.get(i));
			}
			run.sort(null);
			out.add((cell ? "|" : "") + run.get(0));
			out.addAll(run.subList(1, run.size()));
		}
		return out;
	}
}

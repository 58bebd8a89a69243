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
		sortRelations(Path.of(DOCS));
		assertThat(Path.of(DOCS, "components.puml")).content().contains("Rel(");
		assertThat(Path.of(DOCS, "module-territory.adoc")).content().contains("territory_placement");
	}

	/**
	 * The Documenter writes a diagram's relations in an order that changes from run to run; sorted, the committed
	 * diagrams change only when the modules do.
	 */
	private static void sortRelations(Path docs) throws IOException {
		try (Stream<Path> files = Files.list(docs)) {
			for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(diagram);
				List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
				List<String> out = new ArrayList<>(lines.stream().filter(l -> !l.startsWith("Rel(")).toList());
				int at = (int) lines.stream().takeWhile(l -> !l.startsWith("Rel(")).count();
				out.addAll(Math.min(at, out.size()), relations);
				Files.write(diagram, out);
			}
		}
	}
}

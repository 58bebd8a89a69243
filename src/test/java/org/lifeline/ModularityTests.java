package org.lifeline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module structure honest and writes the module documentation to target/spring-modulith-docs. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LifelineApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}

package dev.backboard;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicApisAndFormNoCycles() {
		ApplicationModules.of(BackboardApplication.class).verify();
	}

}

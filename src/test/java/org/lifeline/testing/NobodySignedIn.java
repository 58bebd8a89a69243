package org.lifeline.testing;

import org.lifeline.territory.CurrentScope;
import org.lifeline.territory.TerritoryScope;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for identity in module tests that leave it out: territory asks identity for the caller's scope, and
 * with nobody signed in the answer is nothing, as identity itself would give. Tests call use cases with the scope
 * they mean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NobodySignedIn {

	@Bean
	CurrentScope currentScope() {
		return new CurrentScope() {

			@Override
			public TerritoryScope scope() {
				return TerritoryScope.nothing();
			}

			@Override
			public TerritoryScope within(String code) {
				return TerritoryScope.nothing();
			}

			@Override
			public String actor() {
				return "system";
			}
		};
	}
}

package org.lifeline.screening.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Dorfman pool size: the fewest expected tubes per person at the positivity, never above the cap. */
class PoolSizesTests {

	@Test
	void withNoPositivesThePoolIsAsLargeAsTheCapAllows() {
		assertThat(PoolSizes.best(0.0, 20)).isEqualTo(20);
		assertThat(PoolSizes.best(0.0, 10)).isEqualTo(10);
		assertThat(PoolSizes.best(0.0, 5)).isEqualTo(5);
		assertThat(PoolSizes.best(0.0, 1)).isEqualTo(1);
	}

	@Test
	void expectedTubesFollowDorfman() {
		assertThat(PoolSizes.tubesPerPerson(1, 0.3)).isEqualTo(1.0);
		assertThat(PoolSizes.tubesPerPerson(10, 0.01)).isCloseTo(0.1 + 1 - Math.pow(0.99, 10), within(1e-12));
		assertThat(PoolSizes.tubesPerPerson(10, 0.01)).isCloseTo(0.1956, within(1e-4));
	}

	@Test
	void higherPositivityShrinksThePool() {
		// 0.1%: 20 needs 0.0698 tubes a person, 10 needs 0.1100: the largest pool wins
		assertThat(PoolSizes.best(0.001, 20)).isEqualTo(20);
		// 1%: 10 (0.196) beats 20 (0.232) and 5 (0.249)
		assertThat(PoolSizes.best(0.01, 20)).isEqualTo(10);
		// 5%: 5 (0.426) beats 10 (0.501)
		assertThat(PoolSizes.best(0.05, 20)).isEqualTo(5);
		// 40%: every pool needs more than one tube a person: test singly
		assertThat(PoolSizes.best(0.4, 20)).isEqualTo(1);
	}

	@Test
	void theCapWinsOverTheBestPool() {
		assertThat(PoolSizes.best(0.001, 10)).isEqualTo(10);
		assertThat(PoolSizes.best(0.01, 5)).isEqualTo(5);
	}

	@Test
	void tubesRoundUpForTheLastPool() {
		assertThat(PoolSizes.tubes(0, 10)).isZero();
		assertThat(PoolSizes.tubes(10, 10)).isEqualTo(1);
		assertThat(PoolSizes.tubes(11, 10)).isEqualTo(2);
		assertThat(PoolSizes.tubes(8, 1)).isEqualTo(8);
	}

	@Test
	void theRuleSetCapIsTheFirstBandAboveThePositivity() {
		RuleBook.Rules rules = new RuleBook.Rules("TEST", java.util.Map.of(), java.util.List.of(
				new RuleBook.Cap(0.005, 10), new RuleBook.Cap(0.03, 5), new RuleBook.Cap(1, 1)));
		assertThat(rules.capFor(0)).isEqualTo(10);
		assertThat(rules.capFor(0.004)).isEqualTo(10);
		assertThat(rules.capFor(0.005)).isEqualTo(5);
		assertThat(rules.capFor(0.2)).isEqualTo(1);
		assertThat(rules.capFor(1)).isEqualTo(1);
	}
}

package org.lifeline.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.volunteers.TestValidity.OwnTest;

class TestValidityTests {

	static final Instant NOW = Instant.parse("2022-05-10T04:00:00Z");

	static Instant hoursAgo(int hours) {
		return NOW.minus(Duration.ofHours(hours));
	}

	@Test
	void aPcrTodayAndAFreshAntigenLetToTheDoor() {
		assertThat(TestValidity.MAY_2022.validAt(NOW, List.of(new OwnTest(true, hoursAgo(20), false),
				new OwnTest(false, hoursAgo(3), false)))).isTrue();
	}

	@Test
	void aStaleAntigenOrPcrOrAPositiveDoNot() {
		assertThat(TestValidity.MAY_2022.validAt(NOW, List.of(new OwnTest(true, hoursAgo(20), false),
				new OwnTest(false, hoursAgo(13), false)))).isFalse();
		assertThat(TestValidity.MAY_2022.validAt(NOW, List.of(new OwnTest(true, hoursAgo(25), false),
				new OwnTest(false, hoursAgo(1), false)))).isFalse();
		assertThat(TestValidity.MAY_2022.validAt(NOW, List.of(new OwnTest(true, hoursAgo(20), false),
				new OwnTest(false, hoursAgo(1), false), new OwnTest(false, hoursAgo(2), true)))).isFalse();
	}
}

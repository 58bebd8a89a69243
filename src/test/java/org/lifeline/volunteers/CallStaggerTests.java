package org.lifeline.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CallStaggerTests {

	static final Instant NINE = Instant.parse("2022-04-20T01:00:00Z");

	static VolunteerTask call(int room, Instant due) {
		return new VolunteerTask("PICKUP_CALL", "r" + room, 1, "B1", String.format("%03d", room), due, TaskStatus.OPEN, "call");
	}

	@Test
	void noMoreThanFifteenHouseholdsInThreeMinutes() {
		List<VolunteerTask> calls = IntStream.range(0, 40).mapToObj(i -> call(i, NINE)).toList();
		Map<Instant, Long> perSlot = CallStagger.DEFAULT.stagger(calls).stream()
			.collect(Collectors.groupingBy(VolunteerTask::due, Collectors.counting()));
		assertThat(perSlot).containsEntry(NINE, 15L)
			.containsEntry(NINE.plus(Duration.ofMinutes(3)), 15L)
			.containsEntry(NINE.plus(Duration.ofMinutes(6)), 10L);
	}

	@Test
	void callsAlreadySpreadKeepTheirTimes() {
		List<VolunteerTask> calls = List.of(call(1, NINE), call(2, NINE.plus(Duration.ofMinutes(10))));
		assertThat(CallStagger.DEFAULT.stagger(calls)).extracting(VolunteerTask::due)
			.containsExactly(NINE, NINE.plus(Duration.ofMinutes(10)));
	}
}

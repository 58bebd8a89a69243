package org.lifeline.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.ConflictException;

/** The group buy aggregate: its guarded steps and the events they register for the compound's committee. */
class GroupBuyTests {

	private static final Instant DEADLINE = Instant.parse("2022-04-20T02:00:00Z");

	@Test
	void confirmingAndDeliveringTellTheCommittee() {
		GroupBuy g = new GroupBuy(5, 0, 11, 21, 31, GroupBuyStatus.OPEN, DEADLINE);
		g.confirm(DEADLINE.plusSeconds(60));
		g.deliver();
		g.receive();
		assertThat(g.registeredEvents()).containsExactly(new GroupBuyConfirmed(5, 11, 21, 31),
				new GroupBuyDelivered(5, 11, 21, 31));
		List<Object> published = new ArrayList<>();
		g.publishEvents(published::add);
		assertThat(published).hasSize(2);
		assertThat(g.registeredEvents()).isEmpty();
	}

	@Test
	void aRefusedStepRegistersNothing() {
		GroupBuy g = new GroupBuy(5, 0, 11, 21, 31, GroupBuyStatus.OPEN, DEADLINE);
		assertThatThrownBy(() -> g.confirm(DEADLINE.minusSeconds(60))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("deadline");
		assertThatThrownBy(g::deliver).isInstanceOf(ConflictException.class).hasMessageContaining("OPEN");
		assertThat(g.status()).isEqualTo(GroupBuyStatus.OPEN);
		assertThat(g.registeredEvents()).isEmpty();
		g.cancel();
		assertThatThrownBy(() -> g.confirm(DEADLINE.plusSeconds(60))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("CANCELLED");
		assertThat(g.registeredEvents()).isEmpty();
	}
}

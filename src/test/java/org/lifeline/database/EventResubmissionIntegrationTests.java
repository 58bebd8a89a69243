package org.lifeline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.LifelineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose delivery was cut (the listener failed, or its node died mid-way) stays an incomplete publication
 * in the database, and the next start of a node resubmits it: the listener gets it then and the publication is
 * completed.
 */
class EventResubmissionIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void anEventWhoseDeliveryWasCutIsDeliveredOnRestart() throws InterruptedException {
		DeliveryProbe.failing = true;
		try (ConfigurableApplicationContext first = node()) {
			first.getBean(TransactionTemplate.class)
				.executeWithoutResult(status -> first.publishEvent(new CutDelivery("ping-1")));
			await(() -> DeliveryProbe.attempts.get() > 0, "the first node tried to deliver");
			assertThat(incomplete(first)).isPositive();
		}
		assertThat(DeliveryProbe.delivered).isEmpty();

		DeliveryProbe.failing = false;
		try (ConfigurableApplicationContext second = node()) {
			await(() -> DeliveryProbe.delivered.contains("ping-1"), "the restarted node delivered the event");
			await(() -> incomplete(second) == 0, "the publication is completed");
		}
		assertThat(DeliveryProbe.delivered).containsExactly("ping-1");
	}

	private ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(LifelineApplication.class, DeliveryProbe.class)
			.properties("lifeline.data-dir=" + dataDir, "lifeline.demo=off", "lifeline.db.pool-size=5", "server.port=0",
					"lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false")
			.run();
	}

	private static long incomplete(ConfigurableApplicationContext node) {
		return node.getBean(JdbcClient.class)
			.sql("select count(*) from event_publication where event_type like '%CutDelivery' and completion_date is null")
			.query(Long.class)
			.single();
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what).isLessThan(until);
			Thread.sleep(100);
		}
	}

	/** An event of the test, published in a transaction as modules publish theirs. */
	record CutDelivery(String id) {
	}

	/** A listener of another module, here one whose delivery fails while {@link #failing} is set. */
	static class DeliveryProbe {

		static volatile boolean failing;

		static final AtomicInteger attempts = new AtomicInteger();

		static final Set<String> delivered = ConcurrentHashMap.newKeySet();

		@ApplicationModuleListener
		void on(CutDelivery event) {
			attempts.incrementAndGet();
			if (failing) {
				throw new IllegalStateException("the node died while it delivered " + event.id());
			}
			delivered.add(event.id());
		}
	}
}

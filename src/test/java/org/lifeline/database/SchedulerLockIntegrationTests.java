package org.lifeline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two nodes on one database run a scheduled job once: the node that holds the job's lock row runs it, the other
 * skips that turn, and once the holder is done (or dies and the lock's time runs out) the other takes over.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@ActiveProfiles("test")
class SchedulerLockIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aJobRunsOnOneNodeAtATime() throws Throwable {
		LockingTaskExecutor nodeA = node();
		LockingTaskExecutor nodeB = node();
		LockConfiguration lock = new LockConfiguration(Instant.now(), "cluster-test-job", Duration.ofMinutes(1),
				Duration.ZERO);
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch aRuns = new CountDownLatch(1);
		CountDownLatch aMayFinish = new CountDownLatch(1);

		Thread a = new Thread(() -> nodeA.executeWithLock((Runnable) () -> {
			runs.incrementAndGet();
			aRuns.countDown();
			await(aMayFinish);
		}, lock));
		a.start();
		assertThat(aRuns.await(10, TimeUnit.SECONDS)).isTrue();
		LockingTaskExecutor.TaskResult<Object> skipped = nodeB.executeWithLock(() -> runs.incrementAndGet(), lock);
		assertThat(skipped.wasExecuted()).as("node B skips while node A runs the job").isFalse();

		aMayFinish.countDown();
		a.join(10_000);
		LockingTaskExecutor.TaskResult<Object> next = nodeB.executeWithLock(() -> runs.incrementAndGet(),
				new LockConfiguration(Instant.now(), "cluster-test-job", Duration.ofMinutes(1), Duration.ZERO));
		assertThat(next.wasExecuted()).isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aLockOfANodeThatDiedEndsWithItsTime() throws Throwable {
		LockingTaskExecutor survivor = node();
		// A node took the lock and died without releasing it: the lock holds at most for its lockAtMostFor
		provider().lock(new LockConfiguration(Instant.now(), "cluster-dying-job", Duration.ofSeconds(2), Duration.ZERO))
			.orElseThrow();
		assertThat(survivor.executeWithLock(() -> 1, lock("cluster-dying-job")).wasExecuted()).isFalse();
		Thread.sleep(2_500);
		assertThat(survivor.executeWithLock(() -> 1, lock("cluster-dying-job")).wasExecuted()).isTrue();
	}

	private static LockConfiguration lock(String name) {
		return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
	}

	/** A node's lock provider, configured as Lifeline's (lock rows timed by the database clock). */
	private JdbcTemplateLockProvider provider() {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	private LockingTaskExecutor node() {
		return new DefaultLockingTaskExecutor(provider());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

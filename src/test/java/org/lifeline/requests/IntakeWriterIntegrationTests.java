package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The intake writer under filings that arrive together: every one is written and answered with its own id, the
 * household's open request absorbs repeated filings for the same need, and one broken filing fails alone.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@ActiveProfiles("test")
class IntakeWriterIntegrationTests {

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	RequestIntake intake;

	@Autowired
	IntakeRound round;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void filingsArrivingTogetherAreAllWrittenEachWithItsOwnId() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		List<ResidentView> people = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			people.add(city.resident(city.compound, String.valueOf(1001 + i), "居民" + i));
		}
		List<RequestView> filed = all(people.stream()
			.map(p -> (Callable<RequestView>) () -> intake.file(new NewRequest(p.id(), "FOOD", "缺米 " + p.id(), false, null),
					Channel.API, TerritoryScope.everything(), "test"))
			.toList());

		assertThat(filed).noneMatch(RequestView::isDuplicate);
		List<Long> ids = filed.stream().map(RequestView::id).distinct().toList();
		assertThat(ids).hasSize(30);
		assertThat(jdbc.sql("select count(*) from service_request where id = any(?)").param(ids.toArray(Long[]::new))
			.query(Integer.class).single()).isEqualTo(30);
		assertThat(jdbc.sql("select count(*) from request_step where action = 'FILED' and request_id = any(?)")
			.param(ids.toArray(Long[]::new)).query(Integer.class).single()).isEqualTo(30);
		for (RequestView view : filed) {
			assertThat(jdbc.sql("select resident_id from service_request where id = ?").param(view.id())
				.query(Long.class).single()).isEqualTo(view.residentId());
		}
	}

	@Test
	void repeatedFilingsOfOneHouseholdForOneNeedBecomeOneWorkOrder() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView caller = city.resident(city.compound, "2201", "王建国");
		List<RequestView> filed = all(java.util.stream.IntStream.range(0, 12)
			.mapToObj(i -> (Callable<RequestView>) () -> intake.file(
					new NewRequest(caller.id(), "MEDICINE", "降压药快吃完了 " + i, false, null), Channel.HOTLINE,
					TerritoryScope.everything(), "hotline-" + i))
			.toList());

		assertThat(filed.stream().map(RequestView::id).distinct()).hasSize(1);
		assertThat(filed.stream().filter(RequestView::isDuplicate)).hasSize(11);
		long id = filed.get(0).id();
		assertThat(jdbc.sql("select count(*) from service_request where household_id = ? and category = 'MEDICINE'")
			.param(caller.householdId()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from request_step where request_id = ? and action = 'FILED_AGAIN'")
			.param(id).query(Integer.class).single()).isEqualTo(11);
	}

	@Test
	void aBrokenFilingFailsAloneAndTheRestOfItsBatchIsWritten() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView first = city.resident(city.compound, "3101", "张一");
		ResidentView second = city.resident(city.compound, "3102", "张二");
		IntakeWriter writer = new IntakeWriter(round, transactions, 200, 1, 10, Duration.ofSeconds(10));
		CompletableFuture<RequestView> good = writer.enqueue(pending(first.id(), RequestCategory.FOOD, "需要买菜"));
		CompletableFuture<RequestView> broken = writer.enqueue(pending(second.id(), RequestCategory.FOOD, null));
		CompletableFuture<RequestView> unknown = writer.enqueue(pending(-1, RequestCategory.FOOD, "谁"));
		CompletableFuture<RequestView> alsoGood = writer.enqueue(pending(second.id(), RequestCategory.GARBAGE_PARCELS, "垃圾没人收"));
		writer.start();
		try {
			assertThat(good.get(10, TimeUnit.SECONDS).isDuplicate()).isFalse();
			assertThat(alsoGood.get(10, TimeUnit.SECONDS).isDuplicate()).isFalse();
			assertThatThrownBy(() -> broken.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(java.sql.SQLException.class);
			assertThatThrownBy(() -> unknown.get(10, TimeUnit.SECONDS))
				.hasCauseInstanceOf(InvalidInputException.class)
				.hasMessageContaining("resident -1 not found");
		}
		finally {
			writer.stop();
		}
		assertThat(jdbc.sql("select count(*) from service_request where id in (?, ?)")
			.params(good.get().id(), alsoGood.get().id()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aResidentOutsideTheCallersScopeIsRefusedLikeAnUnknownOne() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView stranger = city.resident(city.otherCompound, "4101", "李四");
		assertThatThrownBy(() -> intake.file(new NewRequest(stranger.id(), "FOOD", "缺米", false, null), Channel.COMMITTEE,
				TerritoryScope.of(city.compound), "staff"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("resident " + stranger.id() + " not found");
		assertThat(jdbc.sql("select count(*) from service_request where resident_id = ?").param(stranger.id())
			.query(Integer.class).single()).isZero();
	}

	private static PendingFiling pending(long residentId, RequestCategory category, String description) {
		return PendingFiling.forResident(new RequestDraft(category, false, description, null, null, null), residentId,
				TerritoryScope.everything(), Channel.API, "test", Instant.now());
	}

	/** Runs the calls at the same moment and answers their results in order. */
	private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}

package org.lifeline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load over HTTP on one hot write path: each of N callers sends the path's next write as soon as its
 * last one is answered, for a fixed time, and every answer is sorted: accepted (with the key it acknowledged),
 * refused by a rule (4xx), busy (503 with Retry-After, and how fast), slow (any answer after a second) or an error
 * (anything else, a 503 without Retry-After, a broken connection, no answer within 30 s).
 */
final class SurgeLoad {

	static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String authorization;

	SurgeLoad(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.authorization = "Bearer " + token;
	}

	/** What the callers got in one run. */
	static final class Tally {

		final AtomicLong accepted = new AtomicLong();

		final AtomicLong refused = new AtomicLong();

		final AtomicLong slow = new AtomicLong();

		final AtomicLong errors = new AtomicLong();

		final List<Long> busyNanos = Collections.synchronizedList(new ArrayList<>());

		final List<Long> acceptedNanos = Collections.synchronizedList(new ArrayList<>());

		final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

		final Map<String, Integer> errorKinds = new ConcurrentSkipListMap<>();

		double seconds;

		double acceptedPerSecond() {
			return accepted.get() / seconds;
		}

		double callsPerSecond() {
			return (accepted.get() + refused.get() + busyNanos.size() + errors.get()) / seconds;
		}

		void error(String kind) {
			errors.incrementAndGet();
			errorKinds.merge(kind, 1, Integer::sum);
		}
	}

	Tally run(SurgePath path, int callers, Duration length) throws InterruptedException {
		Tally tally = new Tally();
		long start = System.nanoTime();
		long end = start + length.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		for (int i = 0; i < callers; i++) {
			pool.execute(() -> {
				while (System.nanoTime() < end) {
					call(path, tally);
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
		tally.seconds = (System.nanoTime() - start) / 1e9;
		return tally;
	}

	private void call(SurgePath path, Tally tally) {
		SurgePath.Write write = path.next();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + write.path()))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofString(write.body()))
			.build();
		long start = System.nanoTime();
		try {
			HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
			long nanos = System.nanoTime() - start;
			if (nanos > SLOW_NANOS) {
				tally.slow.incrementAndGet();
			}
			sort(path, write, answer, nanos, tally);
		}
		catch (IOException e) {
			tally.error(e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sort(SurgePath path, SurgePath.Write write, HttpResponse<String> answer, long nanos,
			Tally tally) {
		int status = answer.statusCode();
		String key = path.acknowledged(status, answer.body(), write);
		if (key != null || status / 100 == 2) {
			tally.accepted.incrementAndGet();
			tally.acceptedNanos.add(nanos);
			if (key != null) {
				tally.acknowledged.add(key);
			}
		}
		else if (status == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
			tally.busyNanos.add(nanos);
		}
		else if (status / 100 == 4) {
			tally.refused.incrementAndGet();
			if (tally.refused.get() == 1) {
				System.out.println(path.name() + ": first refusal " + status + " " + answer.body());
			}
		}
		else {
			tally.error("HTTP " + status);
		}
	}
}

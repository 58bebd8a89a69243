import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drill's steady load: request filings over HTTP at a fixed rate, each sent once with a description of its
 * own, for at most SECONDS, or until a file named stop appears in OUT_DIR. It writes every acknowledged filing (201 or 200 with its id and description) to
 * acked.txt and what each second answered to timeline.csv, and with an events file (epoch ms and a label per
 * line) prints how long callers were refused after each event and what they were answered meanwhile.
 *
 *   java Load.java BASE TOKEN LOW HIGH RATE SECONDS OUT_DIR [EVENTS_FILE]
 *   java Load.java report OUT_DIR EVENTS_FILE          (the per-event figures again, from a run's timeline.csv)
 */
public class Load {

	static final String[] CATEGORIES = { "FOOD", "MEDICAL", "MEDICINE", "EXAM", "WORK_CERTIFICATE", "GARBAGE_PARCELS", "OTHER" };

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	/** Answers per second since the epoch, by kind. */
	static final Map<Long, Map<String, LongAdder>> timeline = new ConcurrentHashMap<>();

	static final Map<String, LongAdder> totals = new ConcurrentHashMap<>();

	static final List<String> acked = java.util.Collections.synchronizedList(new ArrayList<>());

	static final AtomicLong slowest = new AtomicLong();

	public static void main(String[] args) throws Exception {
		if (args[0].equals("report")) {
			readTimeline(Path.of(args[1], "timeline.csv"));
			report(Files.readAllLines(Path.of(args[2])));
			return;
		}
		String base = args[0];
		String token = args[1];
		long low = Long.parseLong(args[2]);
		long high = Long.parseLong(args[3]);
		int rate = Integer.parseInt(args[4]);
		long seconds = Long.parseLong(args[5]);
		Path out = Path.of(args[6]);
		Path events = args.length > 7 ? Path.of(args[7]) : null;
		String run = Long.toString(System.currentTimeMillis(), 36);
		int workers = Math.max(8, Math.min(200, rate / 2));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(seconds).toNanos();
		long intervalNanos = 1_000_000_000L * workers / rate;
		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			int worker = w;
			Thread t = new Thread(() -> {
				long next = start + ThreadLocalRandom.current().nextLong(intervalNanos);
				long seq = 0;
				while (next < end && !stopped(out)) {
					long wait = next - System.nanoTime();
					if (wait > 0) {
						sleepNanos(wait);
					}
					next += intervalNanos;
					file(http, base, token, low, high, "drill " + run + "-" + worker + "-" + (seq++));
				}
			}, "load-" + w);
			t.start();
			threads.add(t);
		}
		for (Thread t : threads) {
			t.join();
		}
		Files.createDirectories(out);
		Files.write(out.resolve("acked.txt"), acked);
		try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("timeline.csv")))) {
			csv.println("second,kind,count");
			new TreeMap<>(timeline).forEach((second, kinds) -> kinds.forEach((kind, n) -> csv.println(second + "," + kind + "," + n.sum())));
		}
		System.out.printf("load: %d filings sent at %d/s for %d s by %d workers; slowest answer %d ms%n",
				totals.values().stream().mapToLong(LongAdder::sum).sum(), rate, (System.nanoTime() - start) / 1_000_000_000L,
				workers, slowest.get());
		System.out.println("load: answers " + new TreeMap<>(sums(totals)));
		if (events != null && Files.exists(events)) {
			report(Files.readAllLines(events));
		}
	}

	static void file(HttpClient http, String base, String token, long low, long high, String description) {
		long resident = ThreadLocalRandom.current().nextLong(low, high + 1);
		String category = CATEGORIES[ThreadLocalRandom.current().nextInt(CATEGORIES.length)];
		String body = "{\"residentId\":" + resident + ",\"category\":\"" + category + "\",\"description\":\"" + description + "\"}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/requests"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long asked = System.nanoTime();
		String kind;
		try {
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			int status = answer.statusCode();
			if (status == 201 || status == 200) {
				Matcher id = ID.matcher(answer.body());
				acked.add((id.find() ? id.group(1) : "") + "\t" + description + "\t" + status);
				kind = "ok";
			}
			else if (status == 503) {
				kind = answer.headers().firstValue("Retry-After").isPresent() ? "503+retry-after" : "503";
			}
			else {
				kind = Integer.toString(status);
			}
		}
		catch (HttpTimeoutException e) {
			kind = "timeout";
		}
		catch (IOException e) {
			kind = "connection-error";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		long millis = (System.nanoTime() - asked) / 1_000_000;
		slowest.accumulateAndGet(millis, Math::max);
		if (!kind.equals("ok") && millis > 1_000) {
			kind = kind + " (slow)";
		}
		long second = System.currentTimeMillis() / 1000;
		timeline.computeIfAbsent(second, s -> new ConcurrentHashMap<>()).computeIfAbsent(kind, k -> new LongAdder()).increment();
		totals.computeIfAbsent(kind, k -> new LongAdder()).increment();
	}

	/**
	 * Per event: the seconds after it without any acknowledged filing; how long until three seconds in a row
	 * acknowledged at least 80 % of the run's median rate again (full service); and what callers were answered
	 * until then.
	 */
	static void report(List<String> events) {
		long[] perSecond = timeline.values().stream().mapToLong(k -> k.containsKey("ok") ? k.get("ok").sum() : 0).sorted().toArray();
		double full = perSecond.length == 0 ? 0 : 0.8 * perSecond[perSecond.length / 2];
		System.out.printf("full service: at least %.0f acknowledged filings a second (80 %% of the run's median)%n", full);
		for (String line : events) {
			String[] parts = line.split(" ", 2);
			if (parts.length < 2) {
				continue;
			}
			long at = Long.parseLong(parts[0]) / 1000;
			long none = 0;
			for (long s = at; s < at + 60; s++) {
				if (ok(s) == 0 && timeline.containsKey(s)) {
					none++;
				}
			}
			long back = at;
			while (back < at + 300 && !(ok(back) >= full && ok(back + 1) >= full && ok(back + 2) >= full)) {
				back++;
			}
			Map<String, Long> answers = new TreeMap<>();
			for (long s = at; s < back; s++) {
				Map<String, LongAdder> kinds = timeline.get(s);
				if (kinds != null) {
					kinds.forEach((k, n) -> answers.merge(k, n.sum(), Long::sum));
				}
			}
			System.out.printf("event %-40s no filing acknowledged for %2d s; full service after %3d s; answers until then %s%n",
					parts[1], none, back - at, answers);
		}
	}

	static long ok(long second) {
		Map<String, LongAdder> kinds = timeline.get(second);
		return kinds == null || !kinds.containsKey("ok") ? 0 : kinds.get("ok").sum();
	}

	/** Reads a run's timeline.csv back (java Load.java report OUT_DIR EVENTS_FILE). */
	static void readTimeline(Path csv) throws IOException {
		for (String line : Files.readAllLines(csv)) {
			String[] cells = line.split(",");
			if (cells.length != 3 || cells[0].equals("second")) {
				continue;
			}
			timeline.computeIfAbsent(Long.parseLong(cells[0]), k -> new ConcurrentHashMap<>())
				.computeIfAbsent(cells[1], k -> new LongAdder())
				.add(Long.parseLong(cells[2]));
		}
	}

	static Map<String, Long> sums(Map<String, LongAdder> adders) {
		Map<String, Long> sums = new TreeMap<>();
		adders.forEach((k, v) -> sums.put(k, v.sum()));
		return sums;
	}

	static volatile long stopCheckedAt;

	static volatile boolean stop;

	/** Whether the drill asked the load to stop (looked up at most every 100 ms). */
	static boolean stopped(Path out) {
		long now = System.nanoTime();
		if (now - stopCheckedAt > 100_000_000L) {
			stopCheckedAt = now;
			stop = Files.exists(out.resolve("stop"));
		}
		return stop;
	}

	static void sleepNanos(long nanos) {
		try {
			Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

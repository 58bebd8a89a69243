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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drill's steady load over HTTP, each write sent once (no retries, so a write whose answer was lost is never
 * sent twice), for at most SECONDS or until a file named stop appears in OUT_DIR:
 * <ul>
 * <li>request filings at RATE a second, each with a description of its own; every acknowledged one (201, or 200
 * when joined to an open request) goes to acked.txt as id, description and status;</li>
 * <li>with {@code -Duploads.rate=N}: lab result files, N a second, as the lab token {@code -Duploads.token} sends
 * them, every second one a CSV file (multipart), the others JSON; file n carries negative results for the tubes
 * DRILL-T(n × rows) to DRILL-T((n + 1) × rows - 1) ({@code -Duploads.rows}, at most {@code -Duploads.files} files);
 * every file sent goes to uploads.txt as n, answer and upload id;</li>
 * <li>with {@code -Dorders.rate=N}: single-package group-buy orders, N a second, with the token {@code -Dorders.token},
 * for the group buys listed in {@code -Dorders.buys} (a line each: group buy, package, stock, the compound's
 * household ids joined by commas), one and a half times each buy's stock before the next buy, so each sells out;
 * every order sent goes to orders.txt as n, group buy, household, answer and order id (its remark is
 * {@code drill RUN-order-n}).</li>
 * </ul>
 * What each second answered, per path, goes to timeline.csv; with an events file (epoch ms and a label per line)
 * it prints per event and path, up to the next event whose label begins with kill, how long callers were not
 * served and what they were answered meanwhile.
 *
 * <pre>
 *   java [-Duploads.…] [-Dorders.…] Load.java BASE TOKEN LOW HIGH RATE SECONDS OUT_DIR [EVENTS_FILE]
 *   java Load.java report OUT_DIR EVENTS_FILE          (the per-event figures again, from a run's timeline.csv)
 * </pre>
 */
public class Load {

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	static final Pattern UPLOAD_ID = Pattern.compile("\"uploadId\"\\s*:\\s*(\\d+)");

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	public static void main(String[] args) throws Exception {
		if (args[0].equals("report")) {
			Answers answers = Answers.read(Path.of(args[1], "timeline.csv"));
			answers.report(Files.readAllLines(Path.of(args[2])));
			return;
		}
		String base = args[0];
		Path out = Path.of(args[6]);
		Path events = args.length > 7 ? Path.of(args[7]) : null;
		String run = Long.toString(System.currentTimeMillis(), 36);
		List<Stream> streams = new ArrayList<>();
		streams.add(new Filings(base, args[1], Long.parseLong(args[2]), Long.parseLong(args[3]), Integer.parseInt(args[4]), run));
		if (Integer.getInteger("uploads.rate", 0) > 0) {
			streams.add(new Uploads(base, System.getProperty("uploads.token"), Integer.getInteger("uploads.rate"),
					Integer.getInteger("uploads.rows", 25), Integer.getInteger("uploads.files", 1000)));
		}
		if (Integer.getInteger("orders.rate", 0) > 0) {
			streams.add(new Orders(base, System.getProperty("orders.token"), Integer.getInteger("orders.rate"),
					Files.readAllLines(Path.of(System.getProperty("orders.buys"))), run));
		}
		Answers answers = new Answers();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(Long.parseLong(args[5])).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (Stream stream : streams) {
			int workers = Math.max(8, Math.min(200, stream.rate / 2));
			long intervalNanos = 1_000_000_000L * workers / stream.rate;
			for (int w = 0; w < workers; w++) {
				Thread t = new Thread(() -> {
					long next = start + ThreadLocalRandom.current().nextLong(intervalNanos);
					while (next < end && !stopped(out) && !stream.exhausted) {
						long wait = next - System.nanoTime();
						if (wait > 0) {
							sleepNanos(wait);
						}
						next += intervalNanos;
						send(http, stream, answers);
					}
				}, stream.name + "-" + w);
				t.start();
				threads.add(t);
			}
		}
		for (Thread t : threads) {
			t.join();
		}
		Files.createDirectories(out);
		for (Stream stream : streams) {
			Files.write(out.resolve(stream.file), stream.records);
			System.out.printf("load: %s: %,d sent at %d/s for %d s; slowest answer %,d ms; answers %s%s%n", stream.name,
					stream.sent.sum(), stream.rate, (System.nanoTime() - start) / 1_000_000_000L, stream.slowest.get(),
					answers.totals(stream.name), stream.exhausted ? " (ran out of writes to send)" : "");
		}
		answers.write(out.resolve("timeline.csv"));
		if (events != null && Files.exists(events)) {
			answers.report(Files.readAllLines(events));
		}
	}

	/** Sends the stream's next write once and sorts its answer. */
	static void send(HttpClient http, Stream stream, Answers answers) {
		long n = stream.next.getAndIncrement();
		HttpRequest request = stream.request(n);
		if (request == null) {
			stream.exhausted = true;
			return;
		}
		stream.sent.increment();
		long asked = System.nanoTime();
		String kind;
		String body = "";
		try {
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			int status = answer.statusCode();
			body = answer.body();
			kind = status == 503 && answer.headers().firstValue("Retry-After").isPresent() ? "503+retry-after"
					: Integer.toString(status);
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
		stream.slowest.accumulateAndGet(millis, Math::max);
		stream.answered(n, kind, body);
		if (!Answers.served(kind) && !kind.equals("timeout") && millis > 1_000) {
			kind = kind + " (slow)";
		}
		answers.add(stream.name, System.currentTimeMillis() / 1000, kind);
	}

	/** One kind of write the load sends, numbered from 0; what it keeps of each answer goes to its file. */
	abstract static class Stream {

		final String name;

		final String file;

		final int rate;

		final String base;

		final String token;

		final AtomicLong next = new AtomicLong();

		final LongAdder sent = new LongAdder();

		final AtomicLong slowest = new AtomicLong();

		final List<String> records = Collections.synchronizedList(new ArrayList<>());

		volatile boolean exhausted;

		Stream(String name, String file, String base, String token, int rate) {
			this.name = name;
			this.file = file;
			this.base = base;
			this.token = token;
			this.rate = rate;
		}

		/** Write number n, or null when there is nothing left to send. */
		abstract HttpRequest request(long n);

		abstract void answered(long n, String kind, String body);

		HttpRequest.Builder post(String path) {
			return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
		}

		HttpRequest json(String path, String body) {
			return post(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		}

		static String found(Pattern pattern, String body) {
			Matcher m = pattern.matcher(body);
			return m.find() ? m.group(1) : "";
		}
	}

	/** Request filings of random residents of the district, each with a description of its own. */
	static final class Filings extends Stream {

		static final String[] CATEGORIES = { "FOOD", "MEDICAL", "MEDICINE", "EXAM", "WORK_CERTIFICATE", "GARBAGE_PARCELS", "OTHER" };

		final long low;

		final long high;

		final String run;

		Filings(String base, String token, long low, long high, int rate, String run) {
			super("filings", "acked.txt", base, token, rate);
			this.low = low;
			this.high = high;
			this.run = run;
		}

		String description(long n) {
			return "drill " + run + "-" + n;
		}

		@Override
		HttpRequest request(long n) {
			long resident = ThreadLocalRandom.current().nextLong(low, high + 1);
			String category = CATEGORIES[ThreadLocalRandom.current().nextInt(CATEGORIES.length)];
			return json("/api/v1/requests", "{\"residentId\":" + resident + ",\"category\":\"" + category
					+ "\",\"description\":\"" + description(n) + "\"}");
		}

		@Override
		void answered(long n, String kind, String body) {
			if (kind.equals("201") || kind.equals("200")) {
				records.add(found(ID, body) + "\t" + description(n) + "\t" + kind);
			}
		}
	}

	/** Lab files of negative results for seeded tubes, JSON and CSV in turn. */
	static final class Uploads extends Stream {

		final int rows;

		final int files;

		final String reportedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

		Uploads(String base, String token, int rate, int rows, int files) {
			super("lab uploads", "uploads.txt", base, token, rate);
			this.rows = rows;
			this.files = files;
		}

		@Override
		HttpRequest request(long n) {
			if (n >= files) {
				return null;
			}
			if (n % 2 == 0) {
				StringJoiner results = new StringJoiner(",");
				for (long t = n * rows; t < (n + 1) * rows; t++) {
					results.add("{\"tubeCode\":\"" + tube(t) + "\",\"result\":\"NEGATIVE\",\"reportedAt\":\"" + reportedAt + "\"}");
				}
				return json("/api/v1/screening/results", "{\"results\":[" + results + "]}");
			}
			StringBuilder csv = new StringBuilder("tube_code,result,reported_at\r\n");
			for (long t = n * rows; t < (n + 1) * rows; t++) {
				csv.append(tube(t)).append(",NEGATIVE,").append(reportedAt).append("\r\n");
			}
			String boundary = "drill-" + n;
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"drill-" + n
					+ ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
			return post("/api/v1/screening/results").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}

		static String tube(long t) {
			return String.format("DRILL-T%07d", t);
		}

		@Override
		void answered(long n, String kind, String body) {
			records.add(n + "\t" + kind + "\t" + (kind.equals("200") ? found(UPLOAD_ID, body) : ""));
		}
	}

	/** Single-package orders for the households of one group buy after another, each buy oversubscribed by half. */
	static final class Orders extends Stream {

		final long[] groupBuys;

		final long[] packages;

		final long[][] households;

		/** Where each group buy's orders start in the numbering, and one past the last. */
		final long[] starts;

		final String run;

		Orders(String base, String token, int rate, List<String> buys, String run) {
			super("group-buy orders", "orders.txt", base, token, rate);
			this.run = run;
			List<String> lines = buys.stream().filter(l -> !l.isBlank()).toList();
			groupBuys = new long[lines.size()];
			packages = new long[lines.size()];
			households = new long[lines.size()][];
			starts = new long[lines.size() + 1];
			for (int i = 0; i < lines.size(); i++) {
				String[] cells = lines.get(i).split("\t");
				groupBuys[i] = Long.parseLong(cells[0]);
				packages[i] = Long.parseLong(cells[1]);
				households[i] = java.util.Arrays.stream(cells[3].split(",")).mapToLong(Long::parseLong).toArray();
				starts[i + 1] = starts[i] + Long.parseLong(cells[2]) * 3 / 2;
			}
		}

		int buy(long n) {
			for (int i = 0; i < groupBuys.length; i++) {
				if (n < starts[i + 1]) {
					return i;
				}
			}
			return -1;
		}

		long household(long n, int buy) {
			return households[buy][(int) ((n - starts[buy]) % households[buy].length)];
		}

		@Override
		HttpRequest request(long n) {
			int buy = buy(n);
			if (buy < 0) {
				return null;
			}
			return json("/api/v1/group-buys/" + groupBuys[buy] + "/orders", "{\"householdId\":" + household(n, buy)
					+ ",\"items\":[{\"packageId\":" + packages[buy] + ",\"quantity\":1}],\"remark\":\"drill " + run
					+ "-order-" + n + "\"}");
		}

		@Override
		void answered(long n, String kind, String body) {
			int buy = buy(n);
			records.add(n + "\t" + groupBuys[buy] + "\t" + household(n, buy) + "\t" + kind + "\t"
					+ (kind.equals("201") ? found(ID, body) : "") + "\tdrill " + run + "-order-" + n);
		}
	}

	/** What callers were answered, per path and second. */
	static final class Answers {

		final Map<String, Map<Long, Map<String, LongAdder>>> timeline = new ConcurrentHashMap<>();

		/** An answer that served the caller: the write was done (2xx) or refused by a rule (409, e.g. sold out). */
		static boolean served(String kind) {
			return kind.startsWith("2") || kind.equals("409");
		}

		void add(String path, long second, String kind) {
			timeline.computeIfAbsent(path, p -> new ConcurrentHashMap<>())
				.computeIfAbsent(second, s -> new ConcurrentHashMap<>())
				.computeIfAbsent(kind, k -> new LongAdder())
				.increment();
		}

		Map<String, Long> totals(String path) {
			return between(path, Long.MIN_VALUE, Long.MAX_VALUE);
		}

		Map<String, Long> between(String path, long from, long to) {
			Map<String, Long> answers = new TreeMap<>();
			timeline.getOrDefault(path, Map.of()).forEach((second, kinds) -> {
				if (second >= from && second < to) {
					kinds.forEach((k, n) -> answers.merge(k, n.sum(), Long::sum));
				}
			});
			return answers;
		}

		long served(String path, long second) {
			Map<String, LongAdder> kinds = timeline.getOrDefault(path, Map.of()).get(second);
			return kinds == null ? 0 : kinds.entrySet().stream().filter(e -> served(e.getKey())).mapToLong(e -> e.getValue().sum()).sum();
		}

		/**
		 * Per event and path, up to the next kill (or for at most 300 s): the seconds in which callers were sent
		 * something but none was served; how long until three seconds in a row served together at least 80 % of three
		 * of the path's median seconds again (full service); and what callers were answered until then.
		 */
		void report(List<String> lines) {
			List<String[]> events = lines.stream().map(l -> l.split(" ", 2)).filter(p -> p.length == 2).toList();
			for (String path : new TreeMap<>(timeline).keySet()) {
				long[] perSecond = timeline.get(path).keySet().stream().mapToLong(s -> served(path, s)).sorted().toArray();
				double full = perSecond.length == 0 ? 0 : 0.8 * perSecond[perSecond.length / 2];
				System.out.printf("%s: full service is %.1f served a second over three seconds (80 %% of the run's median)%n",
						path, full);
				for (int i = 0; i < events.size(); i++) {
					long at = Long.parseLong(events.get(i)[0]) / 1000;
					long end = at + 300;
					for (int j = i + 1; j < events.size(); j++) {
						if (events.get(j)[1].startsWith("kill")) {
							end = Long.parseLong(events.get(j)[0]) / 1000;
							break;
						}
					}
					long none = 0;
					for (long s = at; s < end; s++) {
						if (served(path, s) == 0 && timeline.get(path).containsKey(s)) {
							none++;
						}
					}
					long back = at;
					while (back < end && served(path, back) + served(path, back + 1) + served(path, back + 2) < 3 * full) {
						back++;
					}
					System.out.printf("  event %-42s none served for %3d s; %s; answers until then %s%n", events.get(i)[1], none,
							back < end ? String.format("full service after %3d s", back - at) : "no full service before the next kill",
							between(path, at, back));
				}
			}
		}

		void write(Path csv) throws IOException {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
				out.println("second,path,kind,count");
				new TreeMap<>(timeline).forEach((path, seconds) -> new TreeMap<>(seconds)
					.forEach((second, kinds) -> kinds.forEach((kind, n) -> out.println(second + "," + path + "," + kind + "," + n.sum()))));
			}
		}

		/** Reads a run's timeline.csv back (java Load.java report OUT_DIR EVENTS_FILE). */
		static Answers read(Path csv) throws IOException {
			Answers answers = new Answers();
			for (String line : Files.readAllLines(csv)) {
				String[] cells = line.split(",");
				if (cells.length != 4 || cells[0].equals("second")) {
					continue;
				}
				answers.timeline.computeIfAbsent(cells[1], p -> new ConcurrentHashMap<>())
					.computeIfAbsent(Long.parseLong(cells[0]), k -> new ConcurrentHashMap<>())
					.computeIfAbsent(cells[2], k -> new LongAdder())
					.add(Long.parseLong(cells[3]));
			}
			return answers;
		}
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

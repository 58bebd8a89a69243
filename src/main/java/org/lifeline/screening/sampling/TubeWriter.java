package org.lifeline.screening.sampling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes tubes durable by group commit: tubes that arrive together are written by a few writer threads, many per
 * transaction, with one statement per table and one commit (one WAL flush) for all of them; each sampler is
 * answered only after the commit of its batch. A full queue answers busy at once (the page keeps the tube and
 * retries); a batch that fails as a whole is written tube by tube so only the broken one fails.
 */
@Component
class TubeWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TubeWriter.class);

	private final TubeRound round;

	private final TransactionTemplate transaction;

	private final BlockingQueue<Waiting> queue;

	private final int batchSize;

	private final int writers;

	private final Duration answerWithin;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	TubeWriter(TubeRound round, PlatformTransactionManager transactions,
			@Value("${lifeline.screening.scans.batch-size:1000}") int batchSize,
			@Value("${lifeline.screening.scans.writers:2}") int writers,
			@Value("${lifeline.screening.scans.queue:20000}") int queue,
			@Value("${lifeline.screening.scans.answer-within:10s}") Duration answerWithin) {
		this.round = round;
		this.transaction = new TransactionTemplate(transactions);
		this.batchSize = batchSize;
		this.writers = writers;
		this.queue = new ArrayBlockingQueue<>(queue);
		this.answerWithin = answerWithin;
	}

	/** Stores the tube (or finds it stored by its scan id); answers once committed. */
	TubeRound.Answer write(PendingTube tube) {
		if (!running) {
			return one(transaction.execute(status -> round.write(List.of(tube))).get(0));
		}
		Waiting waiting = new Waiting(tube, new CompletableFuture<>());
		if (!queue.offer(waiting)) {
			throw new ScanBusy("too many tubes are waiting to be stored");
		}
		try {
			return one(waiting.answer().get(answerWithin.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException e) {
			throw new ScanBusy("the tube was not stored within " + answerWithin.toSeconds() + " s; send it again");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ScanBusy("interrupted while the tube was stored");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private static TubeRound.Answer one(TubeRound.Answer answer) {
		if (answer.refusal() != null) {
			throw answer.refusal();
		}
		return answer;
	}

	private void writeLoop() {
		List<Waiting> taken = new ArrayList<>(batchSize);
		while (running || !queue.isEmpty()) {
			try {
				Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				taken.add(first);
				queue.drainTo(taken, batchSize - 1);
				writeBatch(taken);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				taken.clear();
			}
		}
	}

	private void writeBatch(List<Waiting> taken) {
		List<TubeRound.Answer> answers;
		try {
			answers = transaction.execute(status -> round.write(taken.stream().map(Waiting::tube).toList()));
		}
		catch (RuntimeException e) {
			if (taken.size() == 1) {
				taken.get(0).answer().completeExceptionally(e);
				return;
			}
			log.warn("A batch of {} tubes failed ({}); writing them one by one", taken.size(), e.toString());
			for (Waiting one : taken) {
				writeBatch(new ArrayList<>(List.of(one)));
			}
			return;
		}
		for (int i = 0; i < taken.size(); i++) {
			taken.get(i).answer().complete(answers.get(i));
		}
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < writers; i++) {
			Thread thread = new Thread(this::writeLoop, "tube-writer-" + (i + 1));
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
	}

	/** Stops after the web server (a lower phase stops later) and writes what is still queued. */
	@Override
	public void stop() {
		running = false;
		for (Thread thread : threads) {
			try {
				thread.join(answerWithin.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	/** A tube waiting for its batch to be committed. */
	private record Waiting(PendingTube tube, CompletableFuture<TubeRound.Answer> answer) {
	}
}

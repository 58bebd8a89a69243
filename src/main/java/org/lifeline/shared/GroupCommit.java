package org.lifeline.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for a hot write path: items that arrive at the same moment are written together by a few writer
 * threads, many per transaction, so one commit (one WAL flush) makes them all durable; each caller is answered
 * only after the commit of its batch. A full queue, or a batch not committed in time, answers busy at once. When
 * one item breaks a batch, the others are written one by one and only the broken one fails. Before {@link #start}
 * and after {@link #stop} an item is written alone in its own transaction.
 *
 * @param <T> what callers hand in
 * @param <A> what the batch write answers for each item, in the same order
 */
public final class GroupCommit<T, A> {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final String name;

	private final TransactionTemplate transaction;

	private final Function<List<T>, List<A>> writeBatch;

	private final Settings settings;

	private final Function<String, RuntimeException> busy;

	private final BlockingQueue<Waiting<T, A>> queue;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	/**
	 * @param name what the items are, for thread names and the log ("filings", "tubes")
	 * @param writeBatch writes a batch inside the transaction and answers one result per item
	 * @param busy makes the busy answer (503) from what went wrong
	 */
	public GroupCommit(String name, TransactionTemplate transaction, Function<List<T>, List<A>> writeBatch,
			Settings settings, Function<String, RuntimeException> busy) {
		this.name = name;
		this.transaction = transaction;
		this.writeBatch = writeBatch;
		this.settings = settings;
		this.busy = busy;
		this.queue = new ArrayBlockingQueue<>(settings.queue());
	}

	/** Batch size, writer threads, queue length and how long a caller waits for its batch's commit. */
	public record Settings(int batchSize, int writers, int queue, Duration answerWithin) {
	}

	/** Writes the item with the next batch; answers once that batch is committed. */
	public A write(T item) {
		if (!running) {
			return transaction.execute(status -> writeBatch.apply(List.of(item))).get(0);
		}
		try {
			return enqueue(item).get(settings.answerWithin().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			throw busy.apply("not written within " + settings.answerWithin().toSeconds() + " s");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw busy.apply("interrupted while it was written");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Queues the item for the next batch; the answer completes once that batch is committed. */
	public CompletableFuture<A> enqueue(T item) {
		Waiting<T, A> waiting = new Waiting<>(item, new CompletableFuture<>());
		if (!queue.offer(waiting)) {
			throw busy.apply("too many " + name + " are waiting to be written");
		}
		return waiting.answer();
	}

	public void start() {
		running = true;
		for (int i = 0; i < settings.writers(); i++) {
			Thread thread = new Thread(this::writeLoop, name + "-writer-" + (i + 1));
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
	}

	/** Stops taking batches once the queue is written (or the answer time has passed). */
	public void stop() {
		running = false;
		for (Thread thread : threads) {
			try {
				thread.join(settings.answerWithin().toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	public boolean isRunning() {
		return running;
	}

	private void writeLoop() {
		List<Waiting<T, A>> taken = new ArrayList<>(settings.batchSize());
		while (running || !queue.isEmpty()) {
			try {
				Waiting<T, A> first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				taken.add(first);
				queue.drainTo(taken, settings.batchSize() - 1);
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

	private void writeBatch(List<Waiting<T, A>> taken) {
		List<A> answers;
		try {
			answers = writeSurvivingFailover(taken.stream().map(Waiting::item).toList());
		}
		catch (RuntimeException e) {
			if (DatabaseOutage.is(e)) {
				log.warn("A batch of {} {} was not written: the database is not reachable ({})", taken.size(), name,
						e.toString());
				RuntimeException answer = busy.apply("the database is not reachable; nothing of this was written");
				taken.forEach(one -> one.answer().completeExceptionally(answer));
				return;
			}
			if (taken.size() == 1) {
				taken.get(0).answer().completeExceptionally(e);
				return;
			}
			log.warn("A batch of {} {} failed ({}); writing them one by one", taken.size(), name, e.toString());
			for (Waiting<T, A> one : taken) {
				writeBatch(new ArrayList<>(List.of(one)));
			}
			return;
		}
		for (int i = 0; i < taken.size(); i++) {
			taken.get(i).answer().complete(answers.get(i));
		}
	}

	/**
	 * Writes the batch in one transaction; when the database was lost before the commit was asked for (a broken
	 * connection, a standby that turned read-only in a failover), nothing was written and the batch is tried again on
	 * a fresh connection for up to {@link Settings#answerWithin()}. A failure at the commit itself is not retried:
	 * the batch may be in, so its callers hear busy instead of a second copy being written.
	 */
	private List<A> writeSurvivingFailover(List<T> items) {
		long giveUpAt = System.nanoTime() + settings.answerWithin().toNanos() / 2;
		while (true) {
			boolean[] reachedCommit = { false };
			try {
				return transaction.execute(status -> {
					List<A> answers = writeBatch.apply(items);
					reachedCommit[0] = true;
					return answers;
				});
			}
			catch (RuntimeException e) {
				if (reachedCommit[0] || !DatabaseOutage.is(e) || System.nanoTime() > giveUpAt || !running) {
					throw e;
				}
				log.info("Writing {} {} met a lost database connection before the commit; trying again", items.size(),
						name);
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private record Waiting<T, A>(T item, CompletableFuture<A> answer) {
	}
}

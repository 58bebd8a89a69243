package org.lifeline.requests;

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
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes filings durable. Filings that arrive at the same moment are handled together, many per transaction, by
 * a few writer threads: one query looks up their residents, one statement each writes their requests, timelines
 * and repeats, and one commit (one WAL flush) makes them durable, instead of a handful of round trips and a
 * commit per filing. Each caller is answered only after the commit of its batch. A caller already inside a
 * transaction (a use case that files a request together with its own rows) has its filing handled in that
 * transaction instead, so the two commit as one. When one filing breaks a batch, the others are written one by
 * one and only the broken one fails. A caller that stops waiting (503, busy) may still find its filing written: a
 * retry then joins it as the household's open request instead of filing it twice.
 */
@Component
class IntakeWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

	private final IntakeRound round;

	private final TransactionTemplate transaction;

	private final BlockingQueue<Waiting> queue;

	private final int batchSize;

	private final int writers;

	private final Duration answerWithin;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	IntakeWriter(IntakeRound round, PlatformTransactionManager transactions,
			@Value("${lifeline.requests.intake.batch-size:200}") int batchSize,
			@Value("${lifeline.requests.intake.writers:2}") int writers,
			@Value("${lifeline.requests.intake.queue:4000}") int queue,
			@Value("${lifeline.requests.intake.answer-within:10s}") Duration answerWithin) {
		this.round = round;
		this.transaction = new TransactionTemplate(transactions);
		this.batchSize = batchSize;
		this.writers = writers;
		this.queue = new ArrayBlockingQueue<>(queue);
		this.answerWithin = answerWithin;
	}

	/** Writes the filing; answers its request, new or the household's open one it joined. */
	RequestView write(PendingFiling filing) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return round.write(List.of(filing)).get(0).orThrow();
		}
		if (!running) {
			return transaction.execute(status -> round.writeAlone(List.of(filing))).get(0).orThrow();
		}
		try {
			return enqueue(filing).get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			throw new IntakeBusyException("the filing was not written within " + answerWithin.toSeconds() + " s");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IntakeBusyException("interrupted while the filing was written");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Queues the filing for the next batch; completes once that batch is committed. */
	CompletableFuture<RequestView> enqueue(PendingFiling filing) {
		Waiting waiting = new Waiting(filing, new CompletableFuture<>());
		if (!queue.offer(waiting)) {
			throw new IntakeBusyException("too many filings are waiting to be written");
		}
		return waiting.answer();
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
		List<IntakeRound.Answer> answers;
		try {
			answers = transaction.execute(status -> round.writeAlone(taken.stream().map(Waiting::filing).toList()));
		}
		catch (RuntimeException e) {
			if (taken.size() == 1) {
				taken.get(0).answer().completeExceptionally(e);
				return;
			}
			log.warn("A batch of {} filings failed ({}); writing them one by one", taken.size(), e.toString());
			for (Waiting one : taken) {
				writeBatch(new ArrayList<>(List.of(one)));
			}
			return;
		}
		for (int i = 0; i < taken.size(); i++) {
			IntakeRound.Answer answer = answers.get(i);
			if (answer.refusal() != null) {
				taken.get(i).answer().completeExceptionally(answer.refusal());
			}
			else {
				taken.get(i).answer().complete(answer.view());
			}
		}
	}
	@Override
	public void start() {
		running = true;
		for (int i = 0; i < writers; i++) {
			Thread thread = new Thread(this::writeLoop, "intake-writer-" + (i + 1));
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

	/** A filing waiting for its batch to be committed. */
	private record Waiting(PendingFiling filing, CompletableFuture<RequestView> answer) {
	}
}

package org.lifeline.requests;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lifeline.shared.GroupCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes filings durable by group commit ({@link GroupCommit}): one query looks up the residents of a batch, one
 * statement each writes their requests, timelines and repeats, and one commit makes them durable, instead of a
 * handful of round trips and a commit per filing. A caller already inside a transaction (a use case that files a
 * request together with its own rows) has its filing handled in that transaction instead, so the two commit as
 * one. A caller waits at most {@code lifeline.requests.intake.answer-within} (5 s) and then hears 503 busy, which is
 * shorter than the time-outs of the hotline's and Open311 clients, so a failover that holds the writers answers
 * callers instead of leaving them hanging. A caller that stops waiting may still find its filing written: a retry
 * then joins it as the household's open request instead of filing it twice.
 */
@Component
class IntakeWriter implements SmartLifecycle {

	private final IntakeRound round;

	private final GroupCommit<PendingFiling, IntakeRound.Answer> commits;

	IntakeWriter(IntakeRound round, PlatformTransactionManager transactions,
			@Value("${lifeline.requests.intake.batch-size:200}") int batchSize,
			@Value("${lifeline.requests.intake.writers:2}") int writers,
			@Value("${lifeline.requests.intake.queue:4000}") int queue,
			@Value("${lifeline.requests.intake.answer-within:5s}") Duration answerWithin) {
		this.round = round;
		this.commits = new GroupCommit<>("filings", new TransactionTemplate(transactions), round::writeAlone,
				new GroupCommit.Settings(batchSize, writers, queue, answerWithin),
				why -> new IntakeBusyException("the filing was not written: " + why));
	}

	/** Writes the filing; answers its request, new or the household's open one it joined. */
	RequestView write(PendingFiling filing) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return round.write(List.of(filing)).get(0).orThrow();
		}
		return commits.write(filing).orThrow();
	}

	/** Queues the filing for the next batch; completes once that batch is committed. */
	CompletableFuture<RequestView> enqueue(PendingFiling filing) {
		return commits.enqueue(filing).thenApply(IntakeRound.Answer::orThrow);
	}

	@Override
	public void start() {
		commits.start();
	}

	/** Stops after the web server (a lower phase stops later) and writes what is still queued. */
	@Override
	public void stop() {
		commits.stop();
	}

	@Override
	public boolean isRunning() {
		return commits.isRunning();
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}
}

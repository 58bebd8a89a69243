package org.lifeline.screening.sampling;

import java.time.Duration;

import org.lifeline.shared.GroupCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes tubes durable by group commit ({@link GroupCommit}): one statement per table and one commit for every
 * tube of a batch; each sampler is answered only after the commit. A full queue answers busy at once (the page
 * keeps the tube and retries).
 */
@Component
class TubeWriter implements SmartLifecycle {

	private final GroupCommit<PendingTube, TubeRound.Answer> commits;

	TubeWriter(TubeRound round, PlatformTransactionManager transactions,
			@Value("${lifeline.screening.scans.batch-size:1000}") int batchSize,
			@Value("${lifeline.screening.scans.writers:2}") int writers,
			@Value("${lifeline.screening.scans.queue:20000}") int queue,
			@Value("${lifeline.screening.scans.answer-within:10s}") Duration answerWithin) {
		this.commits = new GroupCommit<>("tubes", new TransactionTemplate(transactions), round::write,
				new GroupCommit.Settings(batchSize, writers, queue, answerWithin),
				why -> new ScanBusy("the tube is not stored yet (" + why + "); send it again"));
	}

	/** Stores the tube (or finds it stored by its scan id); answers once committed. */
	TubeRound.Answer write(PendingTube tube) {
		TubeRound.Answer answer = commits.write(tube);
		if (answer.refusal() != null) {
			throw answer.refusal();
		}
		return answer;
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

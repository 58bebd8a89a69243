package org.lifeline.medical.medicine;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds tomorrow's medicine batches for the whole city every evening at 18:00 (a committee
 * builds them at once with the build action when needed), on one node of the cluster at a time. Building twice changes nothing.
 */
@Component
@ConditionalOnProperty(name = "lifeline.medicine.batch-job.enabled", havingValue = "true", matchIfMissing = true)
class MedicineSchedule {

	private static final Logger log = LoggerFactory.getLogger(MedicineSchedule.class);

	private final MedicineBatches batches;

	MedicineSchedule(MedicineBatches batches) {
		this.batches = batches;
	}

	@Scheduled(cron = "${lifeline.medicine.batch-job.cron:0 0 18 * * *}", zone = "${lifeline.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "medicine-batches", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		BatchBuilder.BuildOutcome outcome = batches.build(null, TerritoryScope.everything(), "system");
		if (outcome.batches() > 0 || !outcome.compoundsWithoutHospital().isEmpty()) {
			log.info("Medicine batches for {}: {} built ({} households); compounds without an open general hospital: {}",
					outcome.day(), outcome.batches(), outcome.households(), outcome.compoundsWithoutHospital());
		}
	}
}

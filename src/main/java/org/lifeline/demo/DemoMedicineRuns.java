package org.lifeline.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.lifeline.medical.MedicineRuns;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medicine runs for the demo: the demo hospital desk prepares the batches of the demo committee's first compound;
 * today's batch is prepared (one medicine out of stock) and received by the committee, so the volunteer has doors
 * to check off, and tomorrow's waits at the hospital. Both of the volunteer's buildings have someone on
 * long-term medication.
 */
@Component
class DemoMedicineRuns {

	private static final Logger log = LoggerFactory.getLogger(DemoMedicineRuns.class);

	private final MedicineRuns runs;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoMedicineRuns(MedicineRuns runs, Territory territory, JdbcClient jdbc, Clock clock) {
		this.runs = runs;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void create() {
		String compoundCode = jdbc.sql("""
				select c.code from app_user u join territory_node c on c.parent_id = u.territory_id
				where u.username = 'committee' and c.kind = 'COMPOUND' order by c.code limit 1""")
			.query(String.class)
			.optional()
			.orElse(null);
		String hospital = jdbc.sql("select hospital_code from app_user where username = 'hospital'")
			.query(String.class)
			.optional()
			.orElse(null);
		if (compoundCode == null || hospital == null) {
			return;
		}
		TerritoryNode compound = territory.byCode(compoundCode);
		everyVolunteerBuildingHasMedicines();
		runs.chooseHospital(compoundCode, hospital, TerritoryScope.everything(), "district");
		LocalDate today = LocalDate.now(clock);
		runs.buildBatches(today, compound.scope(), "committee");
		runs.buildBatches(today.plusDays(1), compound.scope(), "committee");
		receivedToday(compound, today);
		log.info("Demo medicine batches for {} (today received, tomorrow at {})", compound.name(), hospital);
	}

	private void everyVolunteerBuildingHasMedicines() {
		jdbc.sql("""
				update resident r set long_term_medicines = '{氨氯地平片,阿司匹林肠溶片}',
				    tags = case when 'LONG_TERM_MEDICATION' = any (r.tags) then r.tags else r.tags || '{LONG_TERM_MEDICATION}' end
				where r.id in (
				    select (select r2.id from resident r2 where r2.building_id = vb.building_id order by r2.birth_date, r2.id limit 1)
				    from app_user u join volunteer_building vb on vb.user_id = u.id
				    where u.username = 'volunteer'
				      and not exists (select 1 from resident m where m.building_id = vb.building_id and m.long_term_medicines <> '{}'))""")
			.update();
	}

	/** Today's batch as it stands after the hospital prepared it and the committee received it. */
	private void receivedToday(TerritoryNode compound, LocalDate today) {
		Instant now = clock.instant();
		Timestamp prepared = Timestamp.from(now.minusSeconds(3 * 3600));
		Timestamp received = Timestamp.from(now.minusSeconds(3600));
		Long batch = jdbc.sql("select id from medicine_batch where compound_id = ? and run_date = ? and status = 'REQUESTED'")
			.params(compound.id(), java.sql.Date.valueOf(today))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (batch == null) {
			return;
		}
		jdbc.sql("update medicine_line set status = 'READY', prepared_by = 'hospital', prepared_at = ? where batch_id = ?")
			.params(prepared, batch)
			.update();
		jdbc.sql("""
				update medicine_line set status = 'OUT_OF_STOCK', hospital_note = '本周缺货，预计下周到货'
				where id = (select max(id) from medicine_line where batch_id = ?)""")
			.param(batch)
			.update();
		jdbc.sql("""
				update medicine_batch set status = 'RECEIVED', ready_at = ?, ready_by = 'hospital', received_at = ?,
				    received_by = 'committee', updated_at = ? where id = ?""")
			.params(prepared, received, received, batch)
			.update();
		jdbc.sql("""
				insert into medicine_batch_step (batch_id, at, actor, action, note) values
				    (?, ?, 'hospital', 'PREPARING', null), (?, ?, 'hospital', 'READY', '1 out of stock'),
				    (?, ?, 'committee', 'RECEIVED', null)""")
			.params(batch, prepared, batch, prepared, batch, received)
			.update();
	}
}

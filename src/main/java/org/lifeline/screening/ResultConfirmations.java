package org.lifeline.screening;

import java.sql.Timestamp;
import java.time.Clock;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person confirms a tube whose positive result a lab corrected to negative: the flag is lifted, and the members
 * the positive had put in AWAITING_RECHECK (or POSITIVE) are cleared, their open home tasks called off.
 */
@Service
public class ResultConfirmations {

	private final JdbcClient jdbc;

	private final Clock clock;

	ResultConfirmations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Confirms the correction; answers how many residents were cleared. */
	@Transactional
	public int confirm(String tubeCode, TerritoryScope scope, String actor) {
		Long tube = jdbc.sql("select t.id from screening_tube t where t.tube_code = ? and exists (select 1 from "
				+ "screening_sample s where s.tube_id = t.id and " + scope.condition("s") + ") for update")
			.param(tubeCode)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("tube", tubeCode));
		Timestamp now = Timestamp.from(clock.instant());
		int confirmed = jdbc.sql("""
				update screening_tube set needs_confirmation = false, confirmed_by = ?, confirmed_at = ?
				where id = ? and needs_confirmation""")
			.params(actor, now, tube)
			.update();
		if (confirmed == 0) {
			throw new ConflictException("tube " + tubeCode + " has no corrected result waiting for confirmation",
					"problem.screening.nothingToConfirm", tubeCode);
		}
		jdbc.sql("""
				update home_sampling_task h set status = 'CANCELLED', done_at = ?,
				    note = 'pool result corrected to negative, confirmed by ' || ?
				from resident_screening r
				where r.cause_tube_id = ? and r.status in ('AWAITING_RECHECK', 'POSITIVE') and h.resident_id = r.resident_id
				  and h.status = 'OPEN' and h.reason = 'RECHECK'""")
			.params(now, actor, tube)
			.update();
		return jdbc.sql("""
				update resident_screening set status = 'CLEAR', since = ?, follow_up_on = null
				where cause_tube_id = ? and status in ('AWAITING_RECHECK', 'POSITIVE')""")
			.params(now, tube)
			.update();
	}
}

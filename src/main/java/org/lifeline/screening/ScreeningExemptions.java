package org.lifeline.screening;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents left out of a round's missing list: a positive awaiting transfer, someone in isolation. A new
 * exemption ends the resident's other open ones the day before it starts; {@link #end} ends them all.
 */
@Service
public class ScreeningExemptions {

	/** Why a resident is exempt from screening rounds. */
	public enum Reason {
		IN_ISOLATION, AWAITING_TRANSFER
	}

	private final JdbcClient jdbc;

	private final QuarantinePlaces places;

	private final Clock clock;

	ScreeningExemptions(JdbcClient jdbc, QuarantinePlaces places, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.clock = clock;
	}

	@Transactional
	public void exempt(long residentId, Reason reason, LocalDate from, String recordedBy) {
		QuarantinePlaces.Place home = places.of(List.of(residentId)).get(residentId);
		end(residentId, from.minusDays(1));
		jdbc.sql("""
				insert into screening_exemption (resident_id, compound_id, district_id, reason, valid_from, recorded_by,
				    recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(residentId, home.compoundId(), home.districtId(), reason.name(), Date.valueOf(from), recordedBy,
					Timestamp.from(clock.instant()))
			.update();
	}

	/** Ends every open exemption of the resident on the given day (discharged home, back in the rounds). */
	@Transactional
	public void end(long residentId, LocalDate lastDay) {
		jdbc.sql("""
				update screening_exemption set valid_until = greatest(valid_from, ?)
				where resident_id = ? and valid_until is null and reason in ('IN_ISOLATION', 'AWAITING_TRANSFER')""")
			.params(Date.valueOf(lastDay), residentId)
			.update();
	}
}

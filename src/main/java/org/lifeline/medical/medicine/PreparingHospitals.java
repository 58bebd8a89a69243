package org.lifeline.medical.medicine;

import java.sql.Timestamp;
import java.time.Clock;

import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which hospital prepares a compound's medicine batches: the one the street or district chose for it, else the
 * nearest open general hospital of its district (the rule of {@link BatchBuilder}).
 */
@Service
class PreparingHospitals {

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	PreparingHospitals(Territory territory, JdbcClient jdbc, Clock clock) {
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Preparing of(String compoundCode, TerritoryScope scope) {
		TerritoryNode compound = compound(compoundCode, scope);
		return jdbc.sql("""
				select h.code, h.name, exists (select 1 from medicine_compound_hospital m
				    where m.compound_id = c.id and m.hospital_code = h.code) as chosen
				from territory_placement c cross join lateral (%s) p join hospital h on h.code = p.code
				where c.id = ?""".formatted(BatchBuilder.PREPARING_HOSPITAL))
			.param(compound.id())
			.query((rs, n) -> new Preparing(compound.code(), rs.getString("code"), rs.getString("name"),
					rs.getBoolean("chosen")))
			.optional()
			.orElse(new Preparing(compound.code(), null, null, false));
	}

	/** Chooses an open hospital of the compound's district to prepare its batches from the next one on. */
	@Transactional
	Preparing choose(String compoundCode, String hospitalCode, TerritoryScope scope, String actor) {
		TerritoryNode compound = compound(compoundCode, scope);
		if (hospitalCode == null || hospitalCode.isBlank()) {
			throw InvalidInputException.required("hospitalCode");
		}
		Object[] hospital = jdbc.sql("select district_id, open from hospital where code = ?")
			.param(hospitalCode.trim())
			.query((rs, n) -> new Object[] { rs.getLong("district_id"), rs.getBoolean("open") })
			.optional()
			.orElseThrow(() -> MedicalRefusals.unknownHospital(hospitalCode));
		if (!compound.districtId().equals(hospital[0])) {
			throw new InvalidInputException("hospitalCode",
					"hospital " + hospitalCode + " is not in the district of compound " + compound.code(),
					"problem.medical.hospitalOutsideDistrict", hospitalCode, compound.code());
		}
		if (!(Boolean) hospital[1]) {
			throw new ConflictException("hospital " + hospitalCode + " is closed and cannot prepare medicine runs",
					"problem.medical.closedForMedicine", hospitalCode);
		}
		jdbc.sql("""
				insert into medicine_compound_hospital (compound_id, hospital_code, set_at, set_by) values (?, ?, ?, ?)
				on conflict (compound_id) do update set hospital_code = excluded.hospital_code, set_at = excluded.set_at,
				    set_by = excluded.set_by""")
			.params(compound.id(), hospitalCode.trim(), Timestamp.from(clock.instant()), actor)
			.update();
		return of(compoundCode, scope);
	}

	private TerritoryNode compound(String code, TerritoryScope scope) {
		return territory.findByCode(code)
			.filter(n -> n.kind() == TerritoryKind.COMPOUND && scope.contains(n))
			.orElseThrow(() -> new NotFoundException("compound", code));
	}

	/** The hospital preparing a compound's batches and whether it was chosen (rather than the nearest). */
	public record Preparing(String compoundCode, String hospitalCode, String hospitalName, boolean chosen) {
	}
}

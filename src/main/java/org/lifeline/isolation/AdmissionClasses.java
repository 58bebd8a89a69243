package org.lifeline.isolation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lifeline.isolation.allocation.AdmissionRule;
import org.lifeline.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admission by class (分类收治) as rows the city edits: for each need (aged 60+ with an underlying disease,
 * pregnant, on dialysis, a child, or none of these) the kinds of facility that take the case and its bed kind.
 */
@Service
public class AdmissionClasses {

	static final Set<String> NEEDS = Set.of("ELDERLY_WITH_CONDITIONS", "PREGNANT", "DIALYSIS", "CHILD", AdmissionRule.NONE);

	private final JdbcClient jdbc;

	private final Clock clock;

	AdmissionClasses(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AdmissionRule> rules() {
		return jdbc.sql("select need, rank, facility_kinds, bed_kind from isolation_admission_rule order by rank, need")
			.query((rs, n) -> new AdmissionRule(rs.getString(1), rs.getInt(2),
					Arrays.stream((String[]) rs.getArray(3).getArray()).map(FacilityKind::valueOf)
						.collect(java.util.stream.Collectors.toSet()),
					BedKind.valueOf(rs.getString(4))))
			.list();
	}

	/** Sets the class of one need (city command); every field is checked before anything is written. */
	@Transactional
	public AdmissionRule set(String need, Integer rank, List<String> facilityKinds, String bedKind, String actor) {
		if (need == null || !NEEDS.contains(need)) {
			throw new InvalidInputException("need", "need must be one of " + String.join(", ", NEEDS.stream().sorted().toList()),
					"problem.isolation.need", String.join(", ", NEEDS.stream().sorted().toList()));
		}
		if (rank == null || rank < 0 || rank > 1000) {
			throw new InvalidInputException("rank", "rank is a number from 0 to 1000", "problem.isolation.rank");
		}
		if (facilityKinds == null || facilityKinds.isEmpty()) {
			throw new InvalidInputException("facilityKinds", "name at least one kind of facility",
					"problem.isolation.facilityKinds");
		}
		Set<FacilityKind> kinds = EnumSet.noneOf(FacilityKind.class);
		facilityKinds.forEach(k -> kinds.add(FacilityKind.parse(k)
			.orElseThrow(() -> new InvalidInputException("facilityKinds", "unknown facility kind " + k,
				"problem.isolation.unknownFacilityKind", k))));
		BedKind bed = BedKind.parse(bedKind)
			.orElseThrow(() -> IsolationWords.unknownBedKind("bedKind", bedKind));
		jdbc.sql("""
				insert into isolation_admission_rule (need, rank, facility_kinds, bed_kind, updated_by, updated_at)
				values (?, ?, ?::varchar[], ?, ?, ?)
				on conflict (need) do update set rank = excluded.rank, facility_kinds = excluded.facility_kinds,
				    bed_kind = excluded.bed_kind, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(need, rank, "{" + String.join(",", kinds.stream().map(Enum::name).toList()) + "}", bed.name(), actor,
					Timestamp.from(clock.instant()))
			.update();
		return new AdmissionRule(need, rank, kinds, bed);
	}
}

package org.lifeline.supplies;

import java.time.Clock;
import java.util.List;

import org.lifeline.identity.LifelineUser;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group organisers (团长): residents the committee approved to open group buys for the compound they live in. A
 * resident user of the organiser's household acts as the organiser.
 */
@Service
public class GroupOrganisers {

	private final JdbcClient jdbc;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final Clock clock;

	GroupOrganisers(JdbcClient jdbc, ResidentRegistry residents, Territory territory, Clock clock) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.territory = territory;
		this.clock = clock;
	}

	/** An organiser: the resident, their household and compound, and who approved them when. */
	public record Organiser(long id, long residentId, String residentName, long householdId, String compoundCode,
			String approvedBy, java.time.Instant approvedAt) {
	}

	/** Committee staff approve a resident of a compound in their area; the resident must live in that compound. */
	@Transactional
	public Organiser approve(Long residentId, String compoundCode, LifelineUser caller, TerritoryScope scope) {
		GroupBuys.requireStaff(caller);
		if (residentId == null) {
			throw new InvalidInputException("residentId", "name the resident to approve",
					"problem.supplies.residentRequired");
		}
		ResidentView resident;
		try {
			resident = residents.byId(residentId, scope);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("resident", residentId);
		}
		String code = compoundCode == null || compoundCode.isBlank() ? resident.compoundCode() : compoundCode.trim();
		if (!code.equals(resident.compoundCode())) {
			throw new InvalidInputException("compoundCode", resident.name() + " lives in " + resident.compoundName()
					+ ", not in compound " + code + ": an organiser must live in the compound",
					"problem.supplies.organiserElsewhere", resident.name(), resident.compoundName(), code);
		}
		TerritoryNode compound = territory.byCode(code);
		int added = jdbc.sql("""
				insert into group_organiser (resident_id, household_id, compound_id, committee_id, approved_by, approved_at)
				values (?, ?, ?, ?, ?, ?) on conflict (resident_id, compound_id) do nothing""")
			.params(resident.id(), resident.householdId(), compound.id(), compound.committeeId(), caller.username(),
					SupplierRepository.ts(clock.instant()))
			.update();
		if (added == 0) {
			throw new ConflictException(resident.name() + " is already an approved organiser of " + compound.name(),
					"problem.supplies.alreadyOrganiser", resident.name(), compound.name());
		}
		return list(compound.scope()).stream().filter(o -> o.residentId() == resident.id()).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Organiser> list(TerritoryScope scope) {
		String where = switch (scope.level()) {
			case CITY -> "true";
			case DISTRICT, STREET -> "c." + scope.level().column() + " = " + scope.nodeId();
			case COMMITTEE, COMPOUND -> "g." + scope.level().column() + " = " + scope.nodeId();
			default -> "false";
		};
		return jdbc.sql("""
				select g.id, g.resident_id, r.name, g.household_id, c.code, g.approved_by, g.approved_at
				from group_organiser g join territory_placement c on c.id = g.compound_id join resident_facts r on r.id = g.resident_id
				where """ + " " + where + " order by g.id")
			.query((rs, n) -> new Organiser(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	boolean isOrganiser(long householdId, long compoundId) {
		return jdbc.sql("select count(*) from group_organiser where household_id = ? and compound_id = ?")
			.params(householdId, compoundId)
			.query(Long.class)
			.single() > 0;
	}
}

package org.lifeline.supplies;

import java.time.Clock;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What else happens at a group-buy door besides the check-off: nobody is home (the door stays on the list, marked,
 * to try again), and undoing a check-off or a not-home mark tapped by mistake.
 */
@Service
public class DoorSteps {

	private final GroupBuys groupBuys;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final Clock clock;

	DoorSteps(GroupBuys groupBuys, org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
		this.groupBuys = groupBuys;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Nobody opened the door: the household's order is marked not home, still to deliver. */
	@Transactional
	public void notHome(long groupBuyId, long householdId, LifelineUser caller, TerritoryScope scope) {
		requireDoorWork(caller);
		groupBuys.view(groupBuyId, caller, scope);
		int changed = jdbc.sql("update group_order o set not_home_at = ?, not_home_by = ? where o.group_buy_id = ? "
				+ "and o.household_id = ? and o.status = 'PLACED' and o.delivered_at is null and " + scope.condition("o"))
			.params(SupplierRepository.ts(clock.instant()), caller.username(), groupBuyId, householdId)
			.update();
		if (changed == 0) {
			throw missingOrDone(groupBuyId, householdId, scope);
		}
	}

	/** Takes back the check-off or the not-home mark of a household's door. */
	@Transactional
	public void undo(long groupBuyId, long householdId, LifelineUser caller, TerritoryScope scope) {
		requireDoorWork(caller);
		groupBuys.view(groupBuyId, caller, scope);
		int changed = jdbc.sql("update group_order o set delivered_at = null, delivered_by = null, not_home_at = null, "
				+ "not_home_by = null where o.group_buy_id = ? and o.household_id = ? and o.status = 'PLACED' "
				+ "and (o.delivered_at is not null or o.not_home_at is not null) and " + scope.condition("o"))
			.params(groupBuyId, householdId)
			.update();
		if (changed == 0) {
			throw new ConflictException("nothing to undo at the door of household " + householdId,
					"problem.supplies.nothingToUndo", String.valueOf(householdId));
		}
	}

	private RuntimeException missingOrDone(long groupBuyId, long householdId, TerritoryScope scope) {
		long orders = jdbc.sql("select count(*) from group_order o where o.group_buy_id = ? and o.household_id = ? "
				+ "and o.status = 'PLACED' and " + scope.condition("o"))
			.params(groupBuyId, householdId)
			.query(Long.class)
			.single();
		return orders == 0 ? new NotFoundException("order of household " + householdId + " in group buy", groupBuyId)
				: SupplyRefusals.alreadyCheckedOff(householdId);
	}

	private static void requireDoorWork(LifelineUser caller) {
		if (caller.role() == Role.RESIDENT || caller.role() == Role.SUPPLIER) {
			throw new AccessDeniedException("volunteers and staff work the doors");
		}
	}
}

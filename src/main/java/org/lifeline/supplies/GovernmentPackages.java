package org.lifeline.supplies;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Government packages (政府保供包): a street or district task force allocates one per household over any node
 * of its territory, vulnerable households first; deliveries are checked off per household, and the round's slot
 * may not clash with group-buy deliveries in the same compound.
 */
@Service
public class GovernmentPackages {

	static final Set<Role> ALLOCATORS = EnumSet.of(Role.ADMINISTRATOR, Role.CITY_COMMAND, Role.DISTRICT_COMMAND,
			Role.STREET_TASK_FORCE);

	private static final String ROUND = """
			select r.id, r.name, n.code, n.name as node_name, r.contents, r.slot_start, r.slot_end, r.created_by, r.created_at,
			       count(d.household_id) as households, count(d.household_id) filter (where d.vulnerable) as vulnerable,
			       count(d.delivered_at) as delivered
			from government_round r join territory_placement n on n.id = r.node_id
			left join government_delivery d on d.round_id = r.id and %s
			where r.id = ? group by r.id, n.code, n.name""";

	private final GovernmentRepository rounds;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	GovernmentPackages(GovernmentRepository rounds, Territory territory, JdbcClient jdbc, Clock clock) {
		this.rounds = rounds;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public GovernmentRound allocate(NewGovernmentRound round, LifelineUser caller, TerritoryScope scope) {
		if (!ALLOCATORS.contains(caller.role())) {
			throw new AccessDeniedException("street and district task forces allocate government packages");
		}
		if (round == null || round.name() == null || round.name().isBlank() || round.name().length() > 100) {
			throw new InvalidInputException("name", "name the round (1 to 100 characters)",
					"problem.supplies.roundName");
		}
		if (round.territoryCode() == null || round.territoryCode().isBlank()) {
			throw new InvalidInputException("territoryCode", "name the territory node to cover",
					"problem.supplies.roundTerritory");
		}
		TerritoryNode node = territory.findByCode(round.territoryCode().trim())
			.filter(scope::contains)
			.orElseThrow(() -> new NotFoundException("territory node", round.territoryCode()));
		NewPackage contents = PriceRules.check(new NewPackage(round.name(), round.contents(), 1, 0, null));
		DeliverySlot slot = round.deliverySlot();
		if (slot == null || slot.start() == null || slot.end() == null || !slot.end().isAfter(slot.start())) {
			throw new InvalidInputException("deliverySlot", "a round needs a delivery slot with a start before its end",
					"problem.supplies.roundSlot");
		}
		List<Long> clashes = rounds.clashingGroupBuys(node, slot.start(), slot.end());
		if (!clashes.isEmpty()) {
			throw new ConflictException("the slot clashes with the group-buy deliveries " + clashes
					+ " in the same compounds; choose another slot", "problem.supplies.slotClashesGroupBuys",
					clashes.toString());
		}
		long id = rounds.insertRound(round.name().trim(), node, contents.contents(), slot.start(), slot.end(),
				caller.username(), clock.instant());
		rounds.allocate(id, node);
		return round(id, scope);
	}

	@Transactional(readOnly = true)
	public GovernmentRound round(long id, TerritoryScope scope) {
		return jdbc.sql(ROUND.formatted(scope.condition("d")))
			.param(id)
			.query((rs, n) -> new GovernmentRound(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
					rs.getString("node_name"), SupplierRepository.strings(rs.getArray("contents")),
					new DeliverySlot(rs.getTimestamp("slot_start").toInstant(), rs.getTimestamp("slot_end").toInstant()),
					rs.getLong("households"), rs.getLong("vulnerable"), rs.getLong("delivered"),
					rs.getLong("households") - rs.getLong("delivered"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.optional()
			.filter(r -> r.households() > 0 || scope.isEverything())
			.orElseThrow(() -> new NotFoundException("government package round", id));
	}

	/** Rounds that deliver within the caller's scope, newest first. */
	@Transactional(readOnly = true)
	public List<GovernmentRound> rounds(TerritoryScope scope) {
		List<Long> ids = jdbc.sql("select r.id from government_round r where exists (select 1 from government_delivery d where d.round_id = r.id and "
				+ scope.condition("d") + ") order by r.id desc limit 100")
			.query(Long.class)
			.list();
		return ids.stream().map(id -> round(id, scope)).toList();
	}

	/** The households of a round in the order to serve them (vulnerable first); only the undelivered when asked. */
	@Transactional(readOnly = true)
	public List<GovernmentRound.Delivery> deliveries(long roundId, Boolean delivered, TerritoryScope scope, int limit) {
		round(roundId, scope);
		String filter = delivered == null ? "" : delivered ? " and d.delivered_at is not null" : " and d.delivered_at is null";
		return jdbc.sql("""
				select d.household_id, b.code, h.room, d.vulnerable, d.position, d.delivered_at, d.delivered_by
				from government_delivery d join household_place h on h.id = d.household_id join territory_placement b on b.id = d.building_id
				where d.round_id = ? and """ + " " + scope.condition("d") + filter + " order by d.position limit " + Math.max(1, Math.min(limit, 5000)))
			.param(roundId)
			.query((rs, n) -> new GovernmentRound.Delivery(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getBoolean(4), rs.getInt(5), SupplierRepository.instant(rs, "delivered_at"), rs.getString(7)))
			.list();
	}

	@Transactional
	public GovernmentRound.Delivery markDelivered(long roundId, long householdId, LifelineUser caller,
			TerritoryScope scope) {
		if (caller.role() == Role.RESIDENT || caller.role() == Role.SUPPLIER) {
			throw new AccessDeniedException("volunteers and staff check off government packages");
		}
		if (!rounds.markDelivered(roundId, householdId, scope.condition("d"), caller.username(), clock.instant())) {
			List<GovernmentRound.Delivery> existing = deliveries(roundId, null, scope, 5000).stream()
				.filter(d -> d.householdId() == householdId)
				.toList();
			if (existing.isEmpty()) {
				throw new NotFoundException("government package of household", householdId);
			}
			throw new ConflictException("the government package of household " + householdId + " was already delivered",
					"problem.supplies.packageDelivered", String.valueOf(householdId));
		}
		return deliveries(roundId, true, scope, 5000).stream()
			.filter(d -> d.householdId() == householdId)
			.findFirst()
			.orElseThrow();
	}
}

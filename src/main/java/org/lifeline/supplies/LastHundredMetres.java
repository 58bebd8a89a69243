package org.lifeline.supplies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last 100 metres (最后一百米): a group buy's orders gathered per building, the volunteers' door lists with
 * one check-off per household and the remarks to honour, and for controlled compounds the staggered pickup
 * calls, one household member per slot, building by building.
 */
@Service
public class LastHundredMetres {

	private static final String DOORS = """
			select o.household_id, b.code as building_code, b.name as building_name, h.room, o.remark, o.paid,
			       o.delivered_at, o.not_home_at, l.package_id, p.name as package_name, l.quantity, l.price_fen,
			       exists (select 1 from resident_facts r where r.household_id = o.household_id
			               and r.tags && '{LIVING_ALONE_ELDERLY,AGED_80_PLUS}'::text[]) as elderly,
			       (select r.phone from resident_facts r where r.household_id = o.household_id and r.phone is not null
			        order by r.id limit 1) as phone
			from group_order o
			join group_order_line l on l.order_id = o.id
			join supply_package p on p.id = l.package_id
			join household_place h on h.id = o.household_id
			join territory_placement b on b.id = o.building_id
			where o.group_buy_id = ? and o.status = 'PLACED' and %s
			order by b.code, length(h.room), h.room, o.household_id, o.id, l.package_id""";

	private final GroupBuys groupBuys;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final Zoning zoning;

	private final Clock clock;

	LastHundredMetres(GroupBuys groupBuys, JdbcClient jdbc, Territory territory, Zoning zoning, Clock clock) {
		this.groupBuys = groupBuys;
		this.jdbc = jdbc;
		this.territory = territory;
		this.zoning = zoning;
		this.clock = clock;
	}

	/**
	 * The building lists of a group buy the caller sees: a supplier gets the totals per building only, staff
	 * and volunteers the doors as well (a volunteer only in their own buildings).
	 */
	@Transactional(readOnly = true)
	public List<BuildingList> buildings(long groupBuyId, LifelineUser caller, TerritoryScope scope) {
		groupBuys.loadVisible(groupBuyId, caller, scope);
		boolean supplier = caller.role() == Role.SUPPLIER;
		if (caller.role() == Role.RESIDENT) {
			throw new AccessDeniedException("building lists are for staff, volunteers and the supplier");
		}
		List<DoorRow> rows = jdbc.sql(DOORS.formatted(supplier ? "true" : scope.condition("o")))
			.param(groupBuyId)
			.query(LastHundredMetres::row)
			.list();
		return gather(rows, !supplier);
	}

	/** Gathers door rows (ordered by building and room) into building lists. */
	static List<BuildingList> gather(List<DoorRow> rows, boolean withDoors) {
		Map<String, List<DoorRow>> byBuilding = new LinkedHashMap<>();
		rows.forEach(r -> byBuilding.computeIfAbsent(r.buildingCode(), k -> new ArrayList<>()).add(r));
		List<BuildingList> lists = new ArrayList<>(byBuilding.size());
		for (List<DoorRow> building : byBuilding.values()) {
			Map<Long, BuildingList.Total> totals = new LinkedHashMap<>();
			Map<Long, List<DoorRow>> byHousehold = new LinkedHashMap<>();
			for (DoorRow r : building) {
				totals.merge(r.packageId(), new BuildingList.Total(r.packageId(), r.packageName(), r.quantity()),
						(a, b) -> new BuildingList.Total(a.packageId(), a.name(), a.quantity() + b.quantity()));
				byHousehold.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r);
			}
			List<BuildingList.Door> doors = byHousehold.values().stream().map(LastHundredMetres::door).toList();
			int delivered = (int) doors.stream().filter(d -> d.deliveredAt() != null).count();
			DoorRow first = building.get(0);
			lists.add(new BuildingList(first.buildingCode(), first.buildingName(), doors.size(), delivered,
					List.copyOf(totals.values()), withDoors ? doors : List.of()));
		}
		return lists;
	}

	private static BuildingList.Door door(List<DoorRow> rows) {
		DoorRow first = rows.get(0);
		Map<Long, OrderView.Line> lines = new LinkedHashMap<>();
		List<String> remarks = new ArrayList<>();
		boolean paid = true;
		Instant delivered = first.deliveredAt();
		for (DoorRow r : rows) {
			lines.merge(r.packageId(), new OrderView.Line(r.packageId(), r.packageName(), r.quantity(), r.priceFen()),
					(a, b) -> new OrderView.Line(a.packageId(), a.name(), a.quantity() + b.quantity(), a.priceFen()));
			if (r.remark() != null && !remarks.contains(r.remark())) {
				remarks.add(r.remark());
			}
			paid &= r.paid();
			delivered = r.deliveredAt() == null ? null : delivered;
		}
		String remark = remarks.isEmpty() ? null : String.join("；", remarks);
		return new BuildingList.Door(first.householdId(), first.room(), first.phone(), List.copyOf(lines.values()), remark,
				DoorNote.of(remark, first.elderly()), paid, delivered, delivered == null ? first.notHomeAt() : null);
	}

	/** A volunteer or staff member checks off a household's delivery at the door. */
	@Transactional
	public BuildingList.Door checkOff(long groupBuyId, long householdId, LifelineUser caller, TerritoryScope scope) {
		if (caller.role() == Role.RESIDENT || caller.role() == Role.SUPPLIER) {
			throw new AccessDeniedException("volunteers and staff check off deliveries");
		}
		GroupBuyView g = groupBuys.view(groupBuyId, caller, scope);
		if (g.status() != GroupBuyStatus.DELIVERED && g.status() != GroupBuyStatus.RECEIVED) {
			throw new ConflictException("group buy " + groupBuyId + " is " + g.status()
					+ ": the goods have not reached the gate yet", "problem.supplies.notAtGate", String.valueOf(groupBuyId),
					g.status());
		}
		int changed = jdbc.sql("update group_order o set delivered_at = ?, delivered_by = ? where o.group_buy_id = ? "
				+ "and o.household_id = ? and o.status = 'PLACED' and o.delivered_at is null and " + scope.condition("o"))
			.params(SupplierRepository.ts(clock.instant()), caller.username(), groupBuyId, householdId)
			.update();
		List<DoorRow> rows = jdbc.sql(DOORS.formatted(scope.condition("o") + " and o.household_id = " + householdId))
			.param(groupBuyId)
			.query(LastHundredMetres::row)
			.list();
		if (rows.isEmpty()) {
			throw new NotFoundException("order of household " + householdId + " in group buy", groupBuyId);
		}
		if (changed == 0) {
			throw SupplyRefusals.alreadyCheckedOff(householdId);
		}
		return gather(rows, true).get(0).doors().get(0);
	}

	/**
	 * Staggered pickup calls for a controlled compound: households called building by building, one member
	 * each, {@code perSlot} households per slot of {@code minutes}, each building starting a fresh slot.
	 */
	@Transactional(readOnly = true)
	public List<PickupCall> pickupCalls(long groupBuyId, Instant start, Integer minutes, Integer perSlot,
			LifelineUser caller, TerritoryScope scope) {
		GroupBuyView g = groupBuys.view(groupBuyId, caller, scope);
		TerritoryNode compound = territory.byCode(g.compoundCode());
		Zone zone = zoning.zonesOf(List.of(compound)).getOrDefault(compound.code(), Zone.PRECAUTION);
		if (zone == Zone.SEALED) {
			throw new ConflictException("compound " + compound.name()
					+ " is sealed: nobody leaves home, volunteers deliver to the door", "problem.supplies.sealedNoPickup",
					compound.name());
		}
		int slotMinutes = minutes == null ? 10 : minutes;
		int households = perSlot == null ? 10 : perSlot;
		if (slotMinutes < 1 || slotMinutes > 240) {
			throw new InvalidInputException("minutes", "a slot lasts 1 to 240 minutes", "problem.supplies.slotMinutes");
		}
		if (households < 1 || households > 500) {
			throw new InvalidInputException("perSlot", "call 1 to 500 households per slot", "problem.supplies.perSlot");
		}
		Instant first = start == null ? g.deliverySlot() == null ? clock.instant() : g.deliverySlot().start() : start;
		return plan(buildings(groupBuyId, caller, scope), first, Duration.ofMinutes(slotMinutes), households);
	}

	/** Whether the group buy's compound is a controlled zone, where households collect at staggered times. */
	@Transactional(readOnly = true)
	public boolean collectsAtPickupPoint(GroupBuyView g) {
		TerritoryNode compound = territory.byCode(g.compoundCode());
		return zoning.zonesOf(List.of(compound)).get(compound.code()) == Zone.CONTROLLED;
	}

	static List<PickupCall> plan(List<BuildingList> buildings, Instant start, Duration slot, int perSlot) {
		List<PickupCall> calls = new ArrayList<>();
		int slotIndex = 0;
		for (BuildingList building : buildings) {
			int inSlot = 0;
			for (BuildingList.Door door : building.doors()) {
				if (inSlot == perSlot) {
					slotIndex++;
					inSlot = 0;
				}
				Instant from = start.plus(slot.multipliedBy(slotIndex));
				calls.add(new PickupCall(building.buildingCode(), door.room(), door.householdId(), from, from.plus(slot)));
				inSlot++;
			}
			if (inSlot > 0) {
				slotIndex++;
			}
		}
		return calls;
	}

	record DoorRow(long householdId, String buildingCode, String buildingName, String room, String remark,
			boolean paid, Instant deliveredAt, long packageId, String packageName, int quantity, int priceFen,
			boolean elderly, String phone, Instant notHomeAt) {
	}

	private static DoorRow row(ResultSet rs, int n) throws SQLException {
		return new DoorRow(rs.getLong("household_id"), rs.getString("building_code"), rs.getString("building_name"),
				rs.getString("room"), rs.getString("remark"), rs.getBoolean("paid"),
				SupplierRepository.instant(rs, "delivered_at"), rs.getLong("package_id"), rs.getString("package_name"),
				rs.getInt("quantity"), rs.getInt("price_fen"), rs.getBoolean("elderly"), rs.getString("phone"),
				SupplierRepository.instant(rs, "not_home_at"));
	}
}

package org.lifeline.supplies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group buys (团购) for one compound: opened by the committee or an approved organiser who lives there, seen by
 * the compound's households, confirmed by the supplier after the deadline, delivered to the gate and received by
 * the committee with counts and any shortfall.
 */
@Service
public class GroupBuys {

	/** Staff who open group buys and receive goods at the gate within their area. */
	static final Set<Role> STAFF = EnumSet.of(Role.ADMINISTRATOR, Role.CITY_COMMAND, Role.DISTRICT_COMMAND,
			Role.STREET_TASK_FORCE, Role.COMMITTEE_STAFF);

	static final int MAX_PACKAGES = 50;

	private final GroupBuyRepository groupBuys;

	private final Suppliers suppliers;

	private final GroupOrganisers organisers;

	private final GovernmentRepository government;

	private final Visibility visibility;

	private final Territory territory;

	private final Clock clock;

	GroupBuys(GroupBuyRepository groupBuys, Suppliers suppliers, GroupOrganisers organisers,
			GovernmentRepository government, Visibility visibility, Territory territory, Clock clock) {
		this.groupBuys = groupBuys;
		this.suppliers = suppliers;
		this.organisers = organisers;
		this.government = government;
		this.visibility = visibility;
		this.territory = territory;
		this.clock = clock;
	}

	@Transactional
	public GroupBuyView open(NewGroupBuy g, LifelineUser caller, TerritoryScope scope) {
		if (g == null || g.compoundCode() == null || g.compoundCode().isBlank()) {
			throw new InvalidInputException("compoundCode", "name the compound the group buy is for");
		}
		TerritoryNode compound = compound(g.compoundCode().trim(), caller, scope);
		Long organiserHousehold = caller.role() == Role.RESIDENT ? caller.householdId() : null;
		Instant now = clock.instant();
		if (g.deadline() == null || !g.deadline().isAfter(now)) {
			throw new InvalidInputException("deadline", "the order deadline must lie in the future");
		}
		DeliverySlot slot = g.deliverySlot();
		if (slot != null) {
			checkSlot(slot, g.deadline(), compound);
		}
		LocalDate day = (slot == null ? g.deadline() : slot.start()).atZone(clock.getZone()).toLocalDate();
		List<PackageView> packages = packages(g.packageIds(), day);
		SupplierView supplier = suppliers.supplier(packages.get(0).supplierId());
		if (!supplier.approved()) {
			throw new ConflictException("supplier " + supplier.name() + " has no valid certificate since "
					+ supplier.validUntil());
		}
		long id = groupBuys.insert(g, supplier.id(), compound, day, caller.username(), organiserHousehold, now, packages);
		return groupBuys.view(id, "true", now).orElseThrow();
	}

	@Transactional(readOnly = true)
	public GroupBuyView view(long id, LifelineUser caller, TerritoryScope scope) {
		return groupBuys.view(id, visibility.groupBuys(caller, scope, "g"), clock.instant())
			.orElseThrow(() -> new NotFoundException("group buy", id));
	}

	/** The group buys the caller sees, newest deadline first; only those still taking orders when asked. */
	@Transactional(readOnly = true)
	public List<GroupBuyView> list(LifelineUser caller, TerritoryScope scope, boolean openOnly) {
		String where = visibility.groupBuys(caller, scope, "g");
		if (openOnly) {
			where += " and g.status = 'OPEN' and g.deadline > '" + clock.instant() + "'";
		}
		return groupBuys.list(where, clock.instant(), 200);
	}

	/** The supplier confirms the aggregated orders of a group buy whose deadline passed. */
	@Transactional
	public GroupBuyView confirm(long id, LifelineUser caller, TerritoryScope scope) {
		GroupBuy g = loadForSupplier(id, caller, scope);
		g.confirm(clock.instant());
		save(g, "confirmed_at = ?", SupplierRepository.ts(clock.instant()));
		return view(id, caller, scope);
	}

	/** The goods reached the gate, brought by a courier whose entry pass is valid now (and a vehicle pass if given). */
	@Transactional
	public GroupBuyView deliver(long id, Long courierId, Long vehiclePassId, LifelineUser caller,
			TerritoryScope scope) {
		GroupBuy g = loadForSupplier(id, caller, scope);
		if (courierId == null) {
			throw new InvalidInputException("courierId", "name the courier who brings the goods to the gate");
		}
		CourierView courier = suppliers.courier(courierId);
		if (courier.supplierId() != g.supplierId()) {
			throw new NotFoundException("courier", courierId);
		}
		if (!courier.passValid()) {
			throw new InvalidInputException("courierId", "courier " + courier.name() + " (id " + courier.id()
					+ ") has no valid entry pass: " + courier.passProblem());
		}
		if (vehiclePassId != null) {
			VehiclePassView pass = suppliers.vehiclePass(vehiclePassId);
			if (pass.supplierId() != g.supplierId()) {
				throw new NotFoundException("vehicle pass", vehiclePassId);
			}
			if (!pass.valid()) {
				throw new InvalidInputException("vehiclePassId", "vehicle pass " + pass.passNo() + " of "
						+ pass.plate() + " ran out on " + pass.validUntil());
			}
		}
		g.deliver();
		save(g, "delivered_at = ?, courier_id = ?, vehicle_pass_id = ?", SupplierRepository.ts(clock.instant()),
				courierId, vehiclePassId);
		return view(id, caller, scope);
	}

	/** The committee counts what arrived at the gate; what is missing against the orders is the shortfall. */
	@Transactional
	public GroupBuyView receive(long id, Receipt receipt, LifelineUser caller, TerritoryScope scope) {
		requireStaff(caller);
		String visible = visibility.groupBuys(caller, scope, "g");
		GroupBuy g = groupBuys.load(id, visible).orElseThrow(() -> new NotFoundException("group buy", id));
		GroupBuyView before = groupBuys.view(id, visible, clock.instant()).orElseThrow();
		if (receipt == null || receipt.counts() == null || receipt.counts().isEmpty()) {
			throw new InvalidInputException("counts", "count every package received: [{packageId, received}]");
		}
		Set<Long> counted = new LinkedHashSet<>();
		for (Receipt.Count count : receipt.counts()) {
			if (count.packageId() == null || before.items().stream().noneMatch(i -> i.packageId() == count.packageId())) {
				throw new InvalidInputException("counts", "package " + count.packageId() + " is not part of group buy " + id);
			}
			if (count.received() == null || count.received() < 0) {
				throw new InvalidInputException("counts", "the count of package " + count.packageId() + " must be 0 or more");
			}
			counted.add(count.packageId());
		}
		if (counted.size() != before.items().size()) {
			throw new InvalidInputException("counts", "count every package of the group buy, also those that did not arrive");
		}
		String note = receipt.note() == null || receipt.note().isBlank() ? null : receipt.note().trim();
		if (note != null && note.length() > 500) {
			throw new InvalidInputException("note", "the note is longer than 500 characters");
		}
		g.receive();
		receipt.counts().forEach(c -> groupBuys.setReceived(id, c.packageId(), c.received()));
		save(g, "received_at = ?, received_by = ?, shortfall_note = ?", SupplierRepository.ts(clock.instant()),
				caller.username(), note);
		return view(id, caller, scope);
	}

	/** What the committee counted at the gate: per package the number received, and a note on any shortfall. */
	public record Receipt(List<Count> counts, String note) {

		public record Count(Long packageId, Integer received) {
		}
	}

	GroupBuy loadVisible(long id, LifelineUser caller, TerritoryScope scope) {
		return groupBuys.load(id, visibility.groupBuys(caller, scope, "g"))
			.orElseThrow(() -> new NotFoundException("group buy", id));
	}

	static void requireStaff(LifelineUser caller) {
		if (!STAFF.contains(caller.role())) {
			throw new AccessDeniedException("only committee staff and task forces do this");
		}
	}

	private GroupBuy loadForSupplier(long id, LifelineUser caller, TerritoryScope scope) {
		if (caller.role() != Role.SUPPLIER && !SupplierAccess.WHITELIST_KEEPERS.contains(caller.role())) {
			throw new AccessDeniedException("only the supplier confirms and delivers its group buys");
		}
		return groupBuys.load(id, visibility.groupBuys(caller, scope, "g"))
			.orElseThrow(() -> new NotFoundException("group buy", id));
	}

	private void save(GroupBuy g, String set, Object... params) {
		if (!groupBuys.save(g, set, params)) {
			throw new ConflictException("group buy " + g.id() + " was changed by someone else just now; reload it and retry");
		}
	}

	private TerritoryNode compound(String code, LifelineUser caller, TerritoryScope scope) {
		if (caller.role() == Role.RESIDENT) {
			TerritoryNode compound = territory.findByCode(code)
				.filter(n -> n.kind() == TerritoryKind.COMPOUND)
				.orElseThrow(() -> new NotFoundException("compound", code));
			if (caller.householdId() == null || !organisers.isOrganiser(caller.householdId(), compound.id())) {
				throw new AccessDeniedException("only group organisers approved by the committee of " + compound.name()
						+ " open group buys there");
			}
			return compound;
		}
		requireStaff(caller);
		TerritoryNode compound = territory.findByCode(code)
			.filter(scope::contains)
			.orElseThrow(() -> new NotFoundException("compound", code));
		if (compound.kind() != TerritoryKind.COMPOUND) {
			throw new InvalidInputException("compoundCode", code + " is a " + compound.kind() + ", not a compound");
		}
		return compound;
	}

	private void checkSlot(DeliverySlot slot, Instant deadline, TerritoryNode compound) {
		if (slot.start() == null || slot.end() == null || !slot.end().isAfter(slot.start())) {
			throw new InvalidInputException("deliverySlot", "a delivery slot needs a start before its end");
		}
		if (slot.start().isBefore(deadline)) {
			throw new InvalidInputException("deliverySlot", "the delivery slot must start after the order deadline");
		}
		government.clashInCompound(compound.id(), slot.start(), slot.end()).ifPresent(round -> {
			throw new ConflictException("the delivery slot clashes with government package round " + round
					+ " in compound " + compound.name() + "; choose another slot");
		});
	}

	private List<PackageView> packages(List<Long> ids, LocalDate day) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInputException("packageIds", "choose at least one package");
		}
		if (ids.stream().anyMatch(java.util.Objects::isNull) || ids.size() > MAX_PACKAGES) {
			throw new InvalidInputException("packageIds", "give 1 to " + MAX_PACKAGES + " package ids");
		}
		List<Long> distinct = ids.stream().distinct().toList();
		List<PackageView> packages = suppliers.packagesById(distinct, day);
		for (Long id : distinct) {
			if (packages.stream().noneMatch(p -> p.id() == id)) {
				throw new InvalidInputException("packageIds", "unknown package " + id);
			}
		}
		if (packages.stream().map(PackageView::supplierId).distinct().count() > 1) {
			throw new InvalidInputException("packageIds", "a group buy takes packages of one supplier only");
		}
		return packages;
	}
}

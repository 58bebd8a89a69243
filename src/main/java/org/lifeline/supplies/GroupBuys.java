package org.lifeline.supplies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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
 * the compound's households, the committee's area and the supplier; the hand-over at the gate after the deadline
 * is {@link GateHandover}.
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
			throw new InvalidInputException("compoundCode", "name the compound the group buy is for",
					"problem.supplies.compoundRequired");
		}
		TerritoryNode compound = compound(g.compoundCode().trim(), caller, scope);
		Long organiserHousehold = caller.role() == Role.RESIDENT ? caller.householdId() : null;
		Instant now = clock.instant();
		if (g.deadline() == null || !g.deadline().isAfter(now)) {
			throw new InvalidInputException("deadline", "the order deadline must lie in the future",
					"problem.supplies.deadlinePast");
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
					+ supplier.validUntil(), "problem.supplies.supplierNotApproved", supplier.name(), supplier.validUntil());
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

	GroupBuy loadVisible(long id, LifelineUser caller, TerritoryScope scope) {
		return groupBuys.load(id, visibility.groupBuys(caller, scope, "g"))
			.orElseThrow(() -> new NotFoundException("group buy", id));
	}

	static void requireStaff(LifelineUser caller) {
		if (!STAFF.contains(caller.role())) {
			throw new AccessDeniedException("only committee staff and task forces do this");
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
			throw new InvalidInputException("compoundCode", code + " is a " + compound.kind() + ", not a compound",
					"problem.supplies.notCompound", code, compound.kind());
		}
		return compound;
	}

	private void checkSlot(DeliverySlot slot, Instant deadline, TerritoryNode compound) {
		if (slot.start() == null || slot.end() == null || !slot.end().isAfter(slot.start())) {
			throw new InvalidInputException("deliverySlot", "a delivery slot needs a start before its end",
					"problem.supplies.slotOrder");
		}
		if (slot.start().isBefore(deadline)) {
			throw new InvalidInputException("deliverySlot", "the delivery slot must start after the order deadline",
					"problem.supplies.slotBeforeDeadline");
		}
		government.clashInCompound(compound.id(), slot.start(), slot.end()).ifPresent(round -> {
			throw new ConflictException("the delivery slot clashes with government package round " + round
					+ " in compound " + compound.name() + "; choose another slot", "problem.supplies.slotClashesRound",
					String.valueOf(round), compound.name());
		});
	}

	private List<PackageView> packages(List<Long> ids, LocalDate day) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInputException("packageIds", "choose at least one package", "problem.supplies.noPackage");
		}
		if (ids.stream().anyMatch(java.util.Objects::isNull) || ids.size() > MAX_PACKAGES) {
			throw new InvalidInputException("packageIds", "give 1 to " + MAX_PACKAGES + " package ids",
					"problem.supplies.packageCount", String.valueOf(MAX_PACKAGES));
		}
		List<Long> distinct = ids.stream().distinct().toList();
		List<PackageView> packages = suppliers.packagesById(distinct, day);
		for (Long id : distinct) {
			if (packages.stream().noneMatch(p -> p.id() == id)) {
				throw new InvalidInputException("packageIds", "unknown package " + id, "problem.supplies.unknownPackage",
						String.valueOf(id));
			}
		}
		if (packages.stream().map(PackageView::supplierId).distinct().count() > 1) {
			throw new InvalidInputException("packageIds", "a group buy takes packages of one supplier only",
					"problem.supplies.oneSupplier");
		}
		return packages;
	}
}

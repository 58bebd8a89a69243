package org.lifeline.supplies;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-over at the compound gate: the supplier confirms a group buy after its deadline and delivers it with a
 * courier whose entry pass is valid, the committee counts what arrived and records any shortfall.
 */
@Service
public class GateHandover {

	private final GroupBuyRepository groupBuys;

	private final GroupBuys views;

	private final Suppliers suppliers;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GateHandover(GroupBuyRepository groupBuys, GroupBuys views, Suppliers suppliers, Visibility visibility,
			ApplicationEventPublisher events, Clock clock) {
		this.groupBuys = groupBuys;
		this.views = views;
		this.suppliers = suppliers;
		this.visibility = visibility;
		this.events = events;
		this.clock = clock;
	}

	/** The supplier confirms the aggregated orders of a group buy whose deadline passed. */
	@Transactional
	public GroupBuyView confirm(long id, LifelineUser caller, TerritoryScope scope) {
		GroupBuy g = loadForSupplier(id, caller, scope);
		g.confirm(clock.instant());
		save(g, "confirmed_at = ?", SupplierRepository.ts(clock.instant()));
		return views.view(id, caller, scope);
	}

	/** The goods reached the gate, brought by a courier whose entry pass is valid now (and a vehicle pass if given). */
	@Transactional
	public GroupBuyView deliver(long id, Long courierId, Long vehiclePassId, LifelineUser caller,
			TerritoryScope scope) {
		GroupBuy g = loadForSupplier(id, caller, scope);
		if (courierId == null) {
			throw new InvalidInputException("courierId", "name the courier who brings the goods to the gate",
					"problem.supplies.courierRequired");
		}
		CourierView courier = suppliers.courier(courierId);
		if (courier.supplierId() != g.supplierId()) {
			throw new NotFoundException("courier", courierId);
		}
		if (!courier.passValid()) {
			throw new InvalidInputException("courierId", "courier " + courier.name() + " (id " + courier.id()
					+ ") has no valid entry pass: " + courier.passProblem(), "problem.supplies.courierNoPass",
					courier.name(), String.valueOf(courier.id()), CourierPass.words(courier.passProblem()));
		}
		if (vehiclePassId != null) {
			VehiclePassView pass = suppliers.vehiclePass(vehiclePassId);
			if (pass.supplierId() != g.supplierId()) {
				throw new NotFoundException("vehicle pass", vehiclePassId);
			}
			if (!pass.valid()) {
				throw new InvalidInputException("vehiclePassId", "vehicle pass " + pass.passNo() + " of "
						+ pass.plate() + " ran out on " + pass.validUntil(), "problem.supplies.vehiclePassExpired",
						pass.passNo(), pass.plate(), pass.validUntil());
			}
		}
		g.deliver();
		save(g, "delivered_at = ?, courier_id = ?, vehicle_pass_id = ?", SupplierRepository.ts(clock.instant()),
				courierId, vehiclePassId);
		return views.view(id, caller, scope);
	}

	/** The committee counts what arrived at the gate; what is missing against the orders is the shortfall. */
	@Transactional
	public GroupBuyView receive(long id, Receipt receipt, LifelineUser caller, TerritoryScope scope) {
		GroupBuys.requireStaff(caller);
		String visible = visibility.groupBuys(caller, scope, "g");
		GroupBuy g = groupBuys.load(id, visible).orElseThrow(() -> new NotFoundException("group buy", id));
		GroupBuyView before = groupBuys.view(id, visible, clock.instant()).orElseThrow();
		if (receipt == null || receipt.counts() == null || receipt.counts().isEmpty()) {
			throw new InvalidInputException("counts", "count every package received: [{packageId, received}]",
					"problem.supplies.countsRequired");
		}
		Set<Long> counted = new LinkedHashSet<>();
		for (int at = 0; at < receipt.counts().size(); at++) {
			Receipt.Count count = receipt.counts().get(at);
			if (count == null) {
				throw new InvalidInputException("counts[" + at + "]", "each count is {packageId, received}, not null",
						"problem.supplies.countShape");
			}
			if (count.packageId() == null || before.items().stream().noneMatch(i -> i.packageId() == count.packageId())) {
				throw new InvalidInputException("counts", "package " + count.packageId() + " is not part of group buy " + id,
						"problem.supplies.countNotInBuy", String.valueOf(count.packageId()), String.valueOf(id));
			}
			if (count.received() == null || count.received() < 0) {
				throw new InvalidInputException("counts", "the count of package " + count.packageId() + " must be 0 or more",
						"problem.supplies.countNegative", String.valueOf(count.packageId()));
			}
			counted.add(count.packageId());
		}
		if (counted.size() != before.items().size()) {
			throw new InvalidInputException("counts", "count every package of the group buy, also those that did not arrive",
					"problem.supplies.countAll");
		}
		String note = receipt.note() == null || receipt.note().isBlank() ? null : receipt.note().trim();
		if (note != null && note.length() > 500) {
			throw SupplyRefusals.longerThan("note", 500);
		}
		g.receive();
		receipt.counts().forEach(c -> groupBuys.setReceived(id, c.packageId(), c.received()));
		save(g, "received_at = ?, received_by = ?, shortfall_note = ?", SupplierRepository.ts(clock.instant()),
				caller.username(), note);
		return views.view(id, caller, scope);
	}

	/** What the committee counted at the gate: per package the number received, and a note on any shortfall. */
	public record Receipt(List<Count> counts, String note) {

		public record Count(Long packageId, Integer received) {
		}
	}

	private GroupBuy loadForSupplier(long id, LifelineUser caller, TerritoryScope scope) {
		if (caller.role() != Role.SUPPLIER && !SupplierAccess.WHITELIST_KEEPERS.contains(caller.role())) {
			throw new AccessDeniedException("only the supplier confirms and delivers its group buys");
		}
		return groupBuys.load(id, visibility.groupBuys(caller, scope, "g"))
			.orElseThrow(() -> new NotFoundException("group buy", id));
	}

	/** Saves the step against the version read and publishes what the step registered. */
	private void save(GroupBuy g, String set, Object... params) {
		if (!groupBuys.save(g, set, params)) {
			throw new ConflictException("group buy " + g.id() + " was changed by someone else just now; reload it and retry",
					"problem.supplies.changedMeanwhile", String.valueOf(g.id()));
		}
		g.publishEvents(events);
	}

}

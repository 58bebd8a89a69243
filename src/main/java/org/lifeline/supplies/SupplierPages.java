package org.lifeline.supplies;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supplier's page: group buys to confirm and deliver to the gate next, packages and their stock for the day,
 * couriers with the state of their entry pass, vehicle passes.
 */
@PageController
@PreAuthorize("hasRole('SUPPLIER')")
class SupplierPages {

	private final Suppliers suppliers;

	private final GroupBuys groupBuys;

	private final LastHundredMetres lastHundredMetres;

	private final GateHandover handover;

	private final CurrentUser user;

	SupplierPages(Suppliers suppliers, GroupBuys groupBuys, LastHundredMetres lastHundredMetres, GateHandover handover,
			CurrentUser user) {
		this.handover = handover;
		this.suppliers = suppliers;
		this.groupBuys = groupBuys;
		this.lastHundredMetres = lastHundredMetres;
		this.user = user;
	}

	@GetMapping("/supplies")
	String page(Model model) {
		LifelineUser me = user.require();
		long id = me.supplierId();
		model.addAttribute("supplier", suppliers.supplier(id));
		model.addAttribute("work", SupplierWork.of(groupBuys.list(me, TerritoryScope.nothing(), false)));
		model.addAttribute("packages", suppliers.packages(id, null));
		model.addAttribute("couriers", suppliers.couriers(id, me, TerritoryScope.nothing()));
		model.addAttribute("passes", suppliers.vehiclePasses(id, me, TerritoryScope.nothing()));
		model.addAttribute("today", suppliers.today());
		return "supplies/supplier";
	}

	@GetMapping("/supplies/group-buys/{id}")
	String groupBuy(@PathVariable long id, Model model) {
		LifelineUser me = user.require();
		model.addAttribute("groupBuy", groupBuys.view(id, me, TerritoryScope.nothing()));
		model.addAttribute("buildings", lastHundredMetres.buildings(id, me, TerritoryScope.nothing()));
		model.addAttribute("couriers", suppliers.couriers(me.supplierId(), me, TerritoryScope.nothing()));
		model.addAttribute("passes", suppliers.vehiclePasses(me.supplierId(), me, TerritoryScope.nothing()));
		return "supplies/supplier-group-buy";
	}

	@PostMapping("/supplies/packages")
	String addPackage(@RequestParam String name, @RequestParam String contents, @RequestParam String price,
			@RequestParam(required = false) Integer stock, RedirectAttributes flash) {
		List<String> lines = Arrays.stream(contents.split("[\\r\\n]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		return PageOutcome.run(flash, "package", "/supplies", () -> suppliers.addPackage(user.require().supplierId(),
				new NewPackage(name, lines, PageOutcome.fen(price), stock, null), user.require()));
	}

	@PostMapping("/supplies/packages/{packageId}/stock")
	String setStock(@PathVariable long packageId, @RequestParam(required = false) LocalDate day,
			@RequestParam(required = false) Integer stock, RedirectAttributes flash) {
		return PageOutcome.run(flash, "stock", "/supplies", () -> suppliers.setStock(user.require().supplierId(),
				packageId, day == null ? suppliers.today() : day, stock, user.require()));
	}

	@PostMapping("/supplies/couriers")
	String addCourier(@RequestParam String name, @RequestParam String phone, RedirectAttributes flash) {
		return PageOutcome.run(flash, "courier", "/supplies", () -> suppliers.addCourier(user.require().supplierId(),
				new NewCourier(name, phone, null, null), user.require()));
	}

	@PostMapping("/supplies/vehicle-passes")
	String addVehiclePass(@RequestParam String plate, @RequestParam String passNo,
			@RequestParam(required = false) LocalDate validUntil, RedirectAttributes flash) {
		return PageOutcome.run(flash, "pass", "/supplies", () -> suppliers.addVehiclePass(user.require().supplierId(),
				new NewVehiclePass(plate, passNo, validUntil), user.require()));
	}

	@PostMapping("/supplies/couriers/{courierId}/tests")
	String recordTest(@PathVariable long courierId, @RequestParam String kind, RedirectAttributes flash) {
		return PageOutcome.run(flash, "test", "/supplies", () -> suppliers.recordTest(user.require().supplierId(),
				courierId, kind, null, user.require()));
	}

	@PostMapping("/supplies/group-buys/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes flash) {
		return PageOutcome.run(flash, "confirmed", "/supplies",
				() -> handover.confirm(id, user.require(), TerritoryScope.nothing()));
	}

	@PostMapping("/supplies/group-buys/{id}/deliver")
	String deliver(@PathVariable long id, @RequestParam(required = false) Long courierId,
			@RequestParam(required = false) Long vehiclePassId, RedirectAttributes flash) {
		return PageOutcome.run(flash, "delivered", "/supplies",
				() -> handover.deliver(id, courierId, vehiclePassId, user.require(), TerritoryScope.nothing()));
	}
}

package org.lifeline.supplies;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.supplies.SupplierForms.CourierForm;
import org.lifeline.supplies.SupplierForms.DeliveryForm;
import org.lifeline.supplies.SupplierForms.PackageForm;
import org.lifeline.supplies.SupplierForms.StockForm;
import org.lifeline.supplies.SupplierForms.TestForm;
import org.lifeline.supplies.SupplierForms.VehiclePassForm;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
	String addPackage(@ModelAttribute PackageForm packageForm, RedirectAttributes flash) {
		return PageOutcome.run(flash, "package", "/supplies", () -> suppliers.addPackage(user.require().supplierId(),
				packageForm.toNewPackage(), user.require()));
	}

	@PostMapping("/supplies/packages/{packageId}/stock")
	String setStock(@PathVariable long packageId, @ModelAttribute StockForm stockForm, RedirectAttributes flash) {
		return PageOutcome.run(flash, "stock", "/supplies", () -> suppliers.setStock(user.require().supplierId(),
				packageId, stockForm.day() == null ? suppliers.today() : stockForm.day(), stockForm.stock(),
				user.require()));
	}

	@PostMapping("/supplies/couriers")
	String addCourier(@ModelAttribute CourierForm courierForm, RedirectAttributes flash) {
		return PageOutcome.run(flash, "courier", "/supplies", () -> suppliers.addCourier(user.require().supplierId(),
				courierForm.toNewCourier(), user.require()));
	}

	@PostMapping("/supplies/vehicle-passes")
	String addVehiclePass(@ModelAttribute VehiclePassForm passForm, RedirectAttributes flash) {
		return PageOutcome.run(flash, "pass", "/supplies", () -> suppliers.addVehiclePass(user.require().supplierId(),
				passForm.toNewVehiclePass(), user.require()));
	}

	@PostMapping("/supplies/couriers/{courierId}/tests")
	String recordTest(@PathVariable long courierId, @ModelAttribute TestForm testForm, RedirectAttributes flash) {
		return PageOutcome.run(flash, "test", "/supplies", () -> suppliers.recordTest(user.require().supplierId(),
				courierId, testForm.kind(), null, user.require()));
	}

	@PostMapping("/supplies/group-buys/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes flash) {
		return PageOutcome.run(flash, "confirmed", "/supplies",
				() -> handover.confirm(id, user.require(), TerritoryScope.nothing()));
	}

	@PostMapping("/supplies/group-buys/{id}/deliver")
	String deliver(@PathVariable long id, @ModelAttribute DeliveryForm deliveryForm, RedirectAttributes flash) {
		return PageOutcome.run(flash, "delivered", "/supplies", () -> handover.deliver(id, deliveryForm.courierId(),
				deliveryForm.vehiclePassId(), user.require(), TerritoryScope.nothing()));
	}
}

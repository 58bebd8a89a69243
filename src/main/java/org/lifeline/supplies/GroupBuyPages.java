package org.lifeline.supplies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.spreadsheet.UploadedTable;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Group buys on pages: a resident sees the open group buys of their compound and orders on the phone; staff see
 * those of their area, receive goods at the gate with counts and import a group-buy export; volunteers get the
 * door list of their buildings with one check-off per household.
 */
@PageController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'VOLUNTEER', 'RESIDENT')")
class GroupBuyPages {

	private final GroupBuys groupBuys;

	private final GroupOrders orders;

	private final LastHundredMetres lastHundredMetres;

	private final OrderImport imports;

	private final CurrentUser user;

	GroupBuyPages(GroupBuys groupBuys, GroupOrders orders, LastHundredMetres lastHundredMetres, OrderImport imports,
			CurrentUser user) {
		this.groupBuys = groupBuys;
		this.orders = orders;
		this.lastHundredMetres = lastHundredMetres;
		this.imports = imports;
		this.user = user;
	}

	@GetMapping("/group-buys")
	String list(Model model) {
		LifelineUser me = user.require();
		boolean resident = me.role() == Role.RESIDENT;
		model.addAttribute("groupBuys", groupBuys.list(me, user.scope(), resident));
		model.addAttribute("resident", resident);
		if (resident && me.householdId() != null) {
			model.addAttribute("myOrders", orders.ofHousehold(me.householdId(), user.scope()));
		}
		return "supplies/group-buys";
	}

	@GetMapping("/group-buys/{id}")
	String groupBuy(@PathVariable long id, Model model) {
		LifelineUser me = user.require();
		GroupBuyView g = groupBuys.view(id, me, user.scope());
		model.addAttribute("groupBuy", g);
		model.addAttribute("role", me.role().name());
		if (me.role() == Role.RESIDENT) {
			model.addAttribute("myOrders", orders.orders(id, me, user.scope()));
			model.addAttribute("householdId", me.householdId());
		}
		else {
			model.addAttribute("buildings", lastHundredMetres.buildings(id, me, user.scope()));
			model.addAttribute("staff", GroupBuys.STAFF.contains(me.role()));
			if (GroupBuys.STAFF.contains(me.role())) {
				model.addAttribute("unmatched", imports.unmatched(id, me, user.scope()));
			}
		}
		return "supplies/group-buy";
	}

	@PostMapping("/group-buys/{id}/orders")
	String order(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
		LifelineUser me = user.require();
		List<NewOrder.Line> lines = new ArrayList<>();
		form.forEach((key, value) -> {
			if (key.startsWith("qty-") && value != null && !value.isBlank() && !"0".equals(value.trim())) {
				lines.add(new NewOrder.Line(Long.valueOf(key.substring(4)), parse(value)));
			}
		});
		Long household = me.role() == Role.RESIDENT ? me.householdId()
				: form.get("householdId") == null || form.get("householdId").isBlank() ? null
						: Long.valueOf(form.get("householdId").trim());
		return PageOutcome.run(flash, "ordered", "/group-buys/" + id,
				() -> orders.place(id, new NewOrder(household, lines, form.get("remark")), me, user.scope()));
	}

	@PostMapping("/group-buys/{id}/orders/{orderId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long orderId, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "cancelled", "/group-buys/" + id,
				() -> orders.cancel(orderId, reason, user.require(), user.scope()));
	}

	@PostMapping("/group-buys/{id}/receive")
	String receive(@PathVariable long id, @RequestParam Map<String, String> form, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		List<GroupBuys.Receipt.Count> counts = new ArrayList<>();
		form.forEach((key, value) -> {
			if (key.startsWith("received-")) {
				counts.add(new GroupBuys.Receipt.Count(Long.valueOf(key.substring(9)), parse(value)));
			}
		});
		return PageOutcome.run(flash, "received", "/group-buys/" + id,
				() -> groupBuys.receive(id, new GroupBuys.Receipt(counts, note), user.require(), user.scope()));
	}

	@PostMapping("/group-buys/{id}/doors/{householdId}/check-off")
	String checkOff(@PathVariable long id, @PathVariable long householdId, RedirectAttributes flash) {
		return PageOutcome.run(flash, "checkedOff", "/group-buys/" + id,
				() -> lastHundredMetres.checkOff(id, householdId, user.require(), user.scope()));
	}

	@PostMapping("/group-buys/{id}/import")
	String importOrders(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "imported", "/group-buys/" + id, () -> {
			try (UploadedTable table = UploadedTable.of(file)) {
				flash.addFlashAttribute("importReport", imports.run(table.path(), id, false, user.require(), user.scope()));
			}
		});
	}

	private static Integer parse(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}

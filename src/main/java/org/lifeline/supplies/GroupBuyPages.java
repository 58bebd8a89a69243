package org.lifeline.supplies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.identity.Role;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.spreadsheet.ImportReport.Rejection;
import org.lifeline.shared.spreadsheet.UploadedTable;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.Territory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final Suppliers suppliers;

	private final GateHandover handover;

	private final Territory territory;

	private final CurrentUser user;

	private final PersonalDataAccess personalData;

	private final Clock clock;

	GroupBuyPages(GroupBuys groupBuys, GroupOrders orders, LastHundredMetres lastHundredMetres, OrderImport imports,
			Suppliers suppliers, GateHandover handover, Territory territory, CurrentUser user,
			PersonalDataAccess personalData, Clock clock) {
		this.groupBuys = groupBuys;
		this.orders = orders;
		this.lastHundredMetres = lastHundredMetres;
		this.imports = imports;
		this.suppliers = suppliers;
		this.handover = handover;
		this.territory = territory;
		this.user = user;
		this.personalData = personalData;
		this.clock = clock;
	}

	@GetMapping("/group-buys")
	String list(Model model) {
		LifelineUser me = user.require();
		boolean resident = me.role() == Role.RESIDENT;
		model.addAttribute("groupBuys", groupBuys.list(me, user.scope(), resident));
		model.addAttribute("resident", resident);
		if (GroupBuys.STAFF.contains(me.role())) {
			model.addAttribute("compounds", territory.findCompounds(null, user.scope(), 100));
			model.addAttribute("offers", suppliers.offered());
		}
		if (resident && me.householdId() != null) {
			model.addAttribute("myOrders", orders.ofHousehold(me.householdId(), user.scope()));
		}
		return "supplies/group-buys";
	}

	@PostMapping("/group-buys")
	String open(@ModelAttribute OpeningForm openingForm, RedirectAttributes flash) {
		GroupBuyView opened = PageOutcome.attempt(flash, "opened",
				() -> groupBuys.open(openingForm.toNewGroupBuy(clock.getZone()), user.require(), user.scope()));
		return opened == null ? "redirect:/group-buys" : "redirect:/group-buys/" + opened.id();
	}

	/** What staff type to open a group buy: times are datetime-local fields in the city's time zone. */
	record OpeningForm(String compoundCode, List<Long> packageIds, String deadline, String slotStart, String slotEnd) {

		NewGroupBuy toNewGroupBuy(ZoneId zone) {
			Instant start = instant(slotStart, "deliverySlot", zone);
			Instant end = instant(slotEnd, "deliverySlot", zone);
			DeliverySlot slot = start == null && end == null ? null : new DeliverySlot(start, end);
			return new NewGroupBuy(compoundCode, packageIds, instant(deadline, "deadline", zone), slot);
		}

		private static Instant instant(String local, String field, ZoneId zone) {
			if (local == null || local.isBlank()) {
				return null;
			}
			try {
				return LocalDateTime.parse(local.trim()).atZone(zone).toInstant();
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new InvalidInputException(field, "not a date and time: " + local, "problem.supplies.notDateTime", local);
			}
		}
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
			List<BuildingList> buildings = lastHundredMetres.buildings(id, me, user.scope());
			if ((me.role() == Role.VOLUNTEER || me.role() == Role.COMMITTEE_STAFF)
					&& buildings.stream().anyMatch(b -> !b.doors().isEmpty())) {
				personalData.disclosePhones("GROUP_BUY_DOORS", String.valueOf(id),
						territory.byCode(g.compoundCode()).districtId(), "call households at the door");
			}
			model.addAttribute("buildings", buildings);
			if (lastHundredMetres.collectsAtPickupPoint(g)) {
				model.addAttribute("pickupCalls", lastHundredMetres.pickupCalls(id, null, null, null, me, user.scope()));
			}
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
				lines.add(new NewOrder.Line(number(key.substring(4)), parse(value)));
			}
		});
		Long household = me.role() == Role.RESIDENT ? me.householdId()
				: number(form.get("householdId"));
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
		List<GateHandover.Receipt.Count> counts = new ArrayList<>();
		form.forEach((key, value) -> {
			if (key.startsWith("received-")) {
				counts.add(new GateHandover.Receipt.Count(number(key.substring(9)), parse(value)));
			}
		});
		return PageOutcome.run(flash, "received", "/group-buys/" + id,
				() -> handover.receive(id, new GateHandover.Receipt(counts, note), user.require(), user.scope()));
	}

	@PostMapping("/group-buys/{id}/import")
	String importOrders(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "imported", "/group-buys/" + id, () -> {
			try (UploadedTable table = UploadedTable.of(file)) {
				flash.addFlashAttribute("importReport",
						ImportSummary.of(imports.run(table.path(), id, false, user.require(), user.scope())));
			}
		});
	}

	@PostMapping("/group-buys/{id}/imports/unmatched/{rowId}")
	String fixRow(@PathVariable long id, @PathVariable long rowId, @RequestParam(required = false) String householdId,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "fixed", "/group-buys/" + id,
				() -> imports.resolve(id, rowId, number(householdId), user.require(), user.scope()));
	}

	/** What an import found, as the next page shows it; kept in the session for one redirect. */
	record ImportSummary(long rows, long matched, long unmatched, long unchanged, List<Rejection> rejected)
			implements java.io.Serializable {

		static ImportSummary of(OrderImportReport report) {
			return new ImportSummary(report.rows(), report.matched(), report.unmatched(), report.unchanged(),
					List.copyOf(report.rejected()));
		}
	}

	/** A number typed into a form; null when blank or not a number, which the use case then names. */
	private static Long number(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
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

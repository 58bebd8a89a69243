package org.lifeline.supplies;

import java.time.Instant;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.spreadsheet.UploadedTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Group buys over the JSON API: open, order, cancel, confirm, deliver, receive, building lists and imports. */
@RestController
@RequestMapping("/api/v1/group-buys")
class GroupBuyApi {

	private final GroupBuys groupBuys;

	private final GroupOrders orders;

	private final LastHundredMetres lastHundredMetres;

	private final OrderImport imports;

	private final GateHandover handover;

	private final CurrentUser user;

	GroupBuyApi(GroupBuys groupBuys, GroupOrders orders, LastHundredMetres lastHundredMetres, OrderImport imports,
			GateHandover handover, CurrentUser user) {
		this.groupBuys = groupBuys;
		this.handover = handover;
		this.orders = orders;
		this.lastHundredMetres = lastHundredMetres;
		this.imports = imports;
		this.user = user;
	}

	@GetMapping
	List<GroupBuyView> list(@RequestParam(defaultValue = "false") boolean open) {
		return groupBuys.list(user.require(), user.scope(), open);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	GroupBuyView open(@RequestBody NewGroupBuy groupBuy) {
		return groupBuys.open(groupBuy, user.require(), user.scope());
	}

	@GetMapping("/{id}")
	GroupBuyView groupBuy(@PathVariable long id) {
		return groupBuys.view(id, user.require(), user.scope());
	}

	@GetMapping("/{id}/orders")
	List<OrderView> orders(@PathVariable long id) {
		return orders.orders(id, user.require(), user.scope());
	}

	@PostMapping("/{id}/orders")
	@ResponseStatus(HttpStatus.CREATED)
	OrderView order(@PathVariable long id, @RequestBody NewOrder order) {
		return orders.place(id, order, user.require(), user.scope());
	}

	@PostMapping("/{id}/orders/{orderId}/cancel")
	OrderView cancel(@PathVariable long id, @PathVariable long orderId, @RequestBody(required = false) Reason reason) {
		return orders.cancel(orderId, reason == null ? null : reason.reason(), user.require(), user.scope());
	}

	@PostMapping("/{id}/orders/{orderId}/paid")
	OrderView paid(@PathVariable long id, @PathVariable long orderId, @RequestBody Paid paid) {
		return orders.markPaid(orderId, paid.paid() == null || paid.paid(), user.require(), user.scope());
	}

	@PostMapping("/{id}/confirm")
	GroupBuyView confirm(@PathVariable long id) {
		return handover.confirm(id, user.require(), user.scope());
	}

	@PostMapping("/{id}/deliver")
	GroupBuyView deliver(@PathVariable long id, @RequestBody Delivery delivery) {
		return handover.deliver(id, delivery.courierId(), delivery.vehiclePassId(), user.require(), user.scope());
	}

	@PostMapping("/{id}/receive")
	GroupBuyView receive(@PathVariable long id, @RequestBody GateHandover.Receipt receipt) {
		return handover.receive(id, receipt, user.require(), user.scope());
	}

	@GetMapping("/{id}/buildings")
	List<BuildingList> buildings(@PathVariable long id) {
		return lastHundredMetres.buildings(id, user.require(), user.scope());
	}

	@PostMapping("/{id}/deliveries/{householdId}/check-off")
	BuildingList.Door checkOff(@PathVariable long id, @PathVariable long householdId) {
		return lastHundredMetres.checkOff(id, householdId, user.require(), user.scope());
	}

	@GetMapping("/{id}/pickup-calls")
	List<PickupCall> pickupCalls(@PathVariable long id, @RequestParam(required = false) Instant start,
			@RequestParam(required = false) Integer minutes, @RequestParam(required = false) Integer perSlot) {
		return lastHundredMetres.pickupCalls(id, start, minutes, perSlot, user.require(), user.scope());
	}

	@PostMapping(path = "/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<OrderImportReport> importOrders(@PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		try (UploadedTable table = UploadedTable.of(file)) {
			OrderImportReport report = imports.run(table.path(), id, dryRun, user.require(), user.scope());
			return ResponseEntity.status(report.allAccepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(report);
		}
	}

	@GetMapping("/{id}/imports/unmatched")
	List<UnmatchedRow> unmatched(@PathVariable long id) {
		return imports.unmatched(id, user.require(), user.scope());
	}

	@PostMapping("/{id}/imports/unmatched/{rowId}")
	@ResponseStatus(HttpStatus.CREATED)
	OrderView resolve(@PathVariable long id, @PathVariable long rowId, @RequestBody Household household) {
		return imports.resolve(id, rowId, household.householdId(), user.require(), user.scope());
	}

	record Reason(String reason) {
	}

	record Paid(Boolean paid) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "GroupBuyDelivery")
	record Delivery(Long courierId, Long vehiclePassId) {
	}

	record Household(Long householdId) {
	}
}

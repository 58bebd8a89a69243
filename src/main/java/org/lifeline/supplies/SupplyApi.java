package org.lifeline.supplies;

import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Group organisers approved by the committee, and government package rounds with their deliveries. */
@RestController
class SupplyApi {

	private final GroupOrganisers organisers;

	private final GovernmentPackages government;

	private final GroupOrders orders;

	private final CurrentUser user;

	SupplyApi(GroupOrganisers organisers, GovernmentPackages government, GroupOrders orders, CurrentUser user) {
		this.organisers = organisers;
		this.government = government;
		this.orders = orders;
		this.user = user;
	}

	@GetMapping("/api/v1/group-organisers")
	List<GroupOrganisers.Organiser> organisers() {
		return organisers.list(user.scope());
	}

	@PostMapping("/api/v1/group-organisers")
	@ResponseStatus(HttpStatus.CREATED)
	GroupOrganisers.Organiser approve(@RequestBody Approval approval) {
		return organisers.approve(approval.residentId(), approval.compoundCode(), user.require(), user.scope());
	}

	@GetMapping("/api/v1/households/{householdId}/group-orders")
	List<OrderView> householdOrders(@PathVariable long householdId) {
		return orders.ofHousehold(householdId, user.scope());
	}

	@GetMapping("/api/v1/government-packages")
	List<GovernmentRound> rounds() {
		return government.rounds(user.scope());
	}

	@PostMapping("/api/v1/government-packages")
	@ResponseStatus(HttpStatus.CREATED)
	GovernmentRound allocate(@RequestBody NewGovernmentRound round) {
		return government.allocate(round, user.require(), user.scope());
	}

	@GetMapping("/api/v1/government-packages/{id}")
	GovernmentRound round(@PathVariable long id) {
		return government.round(id, user.scope());
	}

	@GetMapping("/api/v1/government-packages/{id}/households")
	List<GovernmentRound.Delivery> deliveries(@PathVariable long id, @RequestParam(required = false) Boolean delivered,
			@RequestParam(defaultValue = "500") int limit) {
		return government.deliveries(id, delivered, user.scope(), limit);
	}

	@PostMapping("/api/v1/government-packages/{id}/households/{householdId}/delivered")
	GovernmentRound.Delivery delivered(@PathVariable long id, @PathVariable long householdId) {
		return government.markDelivered(id, householdId, user.require(), user.scope());
	}

	record Approval(Long residentId, String compoundCode) {
	}
}

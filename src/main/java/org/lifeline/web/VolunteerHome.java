package org.lifeline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.residents.HouseholdView;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.PageRequest;
import org.lifeline.supplies.GroupBuyStatus;
import org.lifeline.supplies.GroupBuys;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Home of a volunteer or building leader: first today's doors (group buys whose goods are at the gate, to carry to
 * the doors), then their buildings, each household and whom to call in it, found by room.
 */
@Component
class VolunteerHome implements RoleHome {

	private static final PageRequest WHOLE_BUILDING = new PageRequest(0, PageRequest.MAX_SIZE);

	private final Territory territory;

	private final ResidentRegistry residents;

	private final GroupBuys groupBuys;

	private final CurrentUser currentUser;

	VolunteerHome(Territory territory, ResidentRegistry residents, GroupBuys groupBuys, CurrentUser currentUser) {
		this.territory = territory;
		this.residents = residents;
		this.groupBuys = groupBuys;
		this.currentUser = currentUser;
	}

	@Override
	public boolean serves(Role role) {
		return role == Role.VOLUNTEER;
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		List<BuildingCalls> buildings = user.buildingIds()
			.stream()
			.map(territory::byId)
			.sorted(Comparator.comparing(TerritoryNode::code))
			.map(this::calls)
			.toList();
		model.addAttribute("buildings", buildings);
		model.addAttribute("doorsToday", groupBuys.list(user, currentUser.scope(), false)
			.stream()
			.filter(g -> g.status() == GroupBuyStatus.DELIVERED || g.status() == GroupBuyStatus.RECEIVED)
			.toList());
		return "volunteer";
	}

	private BuildingCalls calls(TerritoryNode building) {
		List<HouseholdView> households = residents.households(building.scope(), WHOLE_BUILDING).items();
		Map<Long, List<ResidentView>> byHousehold = new LinkedHashMap<>();
		residents.search(null, building.scope(), WHOLE_BUILDING)
			.items()
			.forEach(r -> byHousehold.computeIfAbsent(r.householdId(), id -> new ArrayList<>()).add(r));
		List<HouseholdCalls> calls = households.stream()
			.map(h -> new HouseholdCalls(h, byHousehold.getOrDefault(h.id(), List.of())))
			.toList();
		return new BuildingCalls(building, calls);
	}

	/** A building and its households, in room order. */
	record BuildingCalls(TerritoryNode building, List<HouseholdCalls> households) {
	}

	/** A household and the residents to call in it. */
	record HouseholdCalls(HouseholdView household, List<ResidentView> members) {
	}
}

package org.lifeline.web;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.requests.RequestQueries;
import java.util.List;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.screening.HouseholdResults;
import org.lifeline.residents.HouseholdView;
import org.lifeline.supplies.GroupBuys;
import org.lifeline.zones.Zoning;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Home of a resident: their zone with its day 0 and expected release, a button to file a request, their
 * household's open requests, the group buys open in their compound, the household and its members, and their
 * screening: a stay-in banner, each test, the antigen form.
 */
@Component
class ResidentHome implements RoleHome {

	private final ResidentRegistry residents;

	private final CurrentUser currentUser;

	private final RequestQueries requests;

	private final GroupBuys groupBuys;

	private final HouseholdResults screening;

	private final Zoning zoning;

	ResidentHome(ResidentRegistry residents, CurrentUser currentUser, RequestQueries requests, GroupBuys groupBuys,
			HouseholdResults screening, Zoning zoning) {
		this.screening = screening;
		this.residents = residents;
		this.currentUser = currentUser;
		this.requests = requests;
		this.groupBuys = groupBuys;
		this.zoning = zoning;
	}

	@Override
	public boolean serves(Role role) {
		return role == Role.RESIDENT;
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		if (user.householdId() != null) {
			HouseholdView household = residents.household(user.householdId(), currentUser.scope());
			model.addAttribute("household", household);
			model.addAttribute("homeZone", zoning.homeZone(household.compoundCode(), household.buildingCode()));
			model.addAttribute("members", residents.members(user.householdId(), currentUser.scope()));
			model.addAttribute("openRequests",
					requests.openForHousehold(user.householdId(), currentUser.scope()).openRequests());
			model.addAttribute("groupBuys", groupBuys.list(user, currentUser.scope(), true)
				.stream()
				.filter(g -> !g.soldOut())
				.toList());
			List<HouseholdResults.MemberResults> tests = screening.of(user.householdId(), currentUser.scope());
			model.addAttribute("screeningMembers", tests);
			model.addAttribute("screeningStaysIn", HouseholdResults.staysIn(tests));
		}
		return "resident";
	}
}

package org.lifeline.volunteers;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.identity.CurrentUser;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The committee's volunteer register page: who serves which buildings, leaders, shifts, tests, gaps today. */
@PageController
class RegisterPages {

	private final VolunteerRegister register;

	private final CurrentUser user;

	private final Territory territory;

	private final Clock clock;

	RegisterPages(VolunteerRegister register, CurrentUser user, Territory territory, Clock clock) {
		this.register = register;
		this.user = user;
		this.territory = territory;
		this.clock = clock;
	}

	@GetMapping("/volunteers")
	@PreAuthorize(RegisterApi.KEEPERS)
	String register(Model model) {
		model.addAttribute("volunteers", register.within(user.scope()));
		Long nodeId = user.require().territoryId();
		TerritoryNode node = nodeId == null ? null : territory.byId(nodeId);
		if (node != null && node.kind() == TerritoryKind.COMMITTEE) {
			model.addAttribute("uncovered", register.buildingsWithoutVolunteer(node, LocalDate.now(clock)));
		}
		return "volunteers/register";
	}
}

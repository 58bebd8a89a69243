package org.lifeline.web;

import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.residents.HouseholdView;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browsing the territory within the caller's scope: a node, its lineage, its children (compounds with their
 * zone), and for a building its households. It lives with the pages because it joins territory, zones and
 * residents, which the territory module itself may not use.
 */
@PageController
class TerritoryBrowser {

	private static final int HOUSEHOLDS_PER_PAGE = 100;

	private final Territory territory;

	private final Zoning zoning;

	private final ResidentRegistry residents;

	private final CurrentUser currentUser;

	TerritoryBrowser(Territory territory, Zoning zoning, ResidentRegistry residents, CurrentUser currentUser) {
		this.territory = territory;
		this.zoning = zoning;
		this.residents = residents;
		this.currentUser = currentUser;
	}

	@GetMapping("/territory")
	String top() {
		LifelineUser user = currentUser.require();
		if (!Navigation.browsesTerritory(user.role())) {
			return "redirect:/";
		}
		String code = user.territoryCode() == null ? territory.city().code() : user.territoryCode();
		return "redirect:/territory/" + code;
	}

	@GetMapping("/territory/{code}")
	String node(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
		TerritoryScope own = currentUser.scope();
		TerritoryNode node = territory.byCode(currentUser.within(code).code());
		List<TerritoryNode> children = territory.children(node);
		Map<String, Zone> zones = zoning.zonesOf(node.kind() == TerritoryKind.COMPOUND ? List.of(node) : children);
		model.addAttribute("node", node);
		model.addAttribute("zone", zones.get(node.code()));
		model.addAttribute("lineage", territory.lineage(node)
			.stream()
			.map(n -> new Crumb(n.code(), n.name(), n.kind(), own.contains(n) && n.id() != node.id()))
			.toList());
		model.addAttribute("children", children.stream()
			.map(c -> new Child(c.code(), c.name(), c.kind(), c.address(), zones.get(c.code())))
			.toList());
		if (node.kind() == TerritoryKind.BUILDING) {
			PageResult<HouseholdView> households = residents.households(node.scope(),
					new PageRequest(Math.max(page, 0), HOUSEHOLDS_PER_PAGE));
			model.addAttribute("households", households);
			model.addAttribute("page", Math.max(page, 0));
			model.addAttribute("pages", (households.total() + HOUSEHOLDS_PER_PAGE - 1) / HOUSEHOLDS_PER_PAGE);
		}
		return "web/node";
	}

	/** One step of the breadcrumbs; linked only when the caller may open it. */
	record Crumb(String code, String name, TerritoryKind kind, boolean linked) {
	}

	/** A child of the node, with its zone when it is a compound. */
	record Child(String code, String name, TerritoryKind kind, String address, Zone zone) {
	}
}

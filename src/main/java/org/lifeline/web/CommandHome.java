package org.lifeline.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.requests.RequestQueries;
import org.lifeline.screening.ScreeningOverview;
import org.lifeline.residents.ResidentCounts;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.supplies.GroupBuys;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Home of command, task forces and committee staff: first the requests still to be worked on and how many are
 * overdue, then their node, compounds per zone (sealed first), vulnerable residents by tag, and the totals, with
 * links to the queue, to browse and to search. A city, district or street reads all of it from the kept summaries
 * ({@link CommandSummaryHome}), with the clear-daily backlog of positives; a committee counts its own few compounds.
 */
@Component
class CommandHome implements RoleHome {

	private final Territory territory;

	private final ResidentRegistry residents;

	private final Zoning zoning;

	private final RequestQueries requests;

	private final GroupBuys groupBuys;

	private final ScreeningOverview screening;

	private final CommandSummaryHome summaries;

	CommandHome(Territory territory, ResidentRegistry residents, Zoning zoning, RequestQueries requests,
			GroupBuys groupBuys, ScreeningOverview screening, CommandSummaryHome summaries) {
		this.screening = screening;
		this.territory = territory;
		this.residents = residents;
		this.zoning = zoning;
		this.requests = requests;
		this.groupBuys = groupBuys;
		this.summaries = summaries;
	}

	@Override
	public boolean serves(Role role) {
		return Navigation.browsesTerritory(role);
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		TerritoryNode node = user.territoryId() == null ? territory.city() : territory.byId(user.territoryId());
		model.addAttribute("node", node);
		if (CommandSummaryHome.serves(node)) {
			summaries.fill(node, model);
			return "command";
		}
		ResidentCounts counts = residents.counts(node.scope());
		model.addAttribute("work", requests.workCounts(node.scope()));
		model.addAttribute("compounds", territory.countWithin(node, TerritoryKind.COMPOUND));
		model.addAttribute("counts", new Totals(counts.households(), counts.residents(), counts.vulnerableResidents()));
		model.addAttribute("vulnerable", vulnerable(counts));
		model.addAttribute("zones", zones(zoning.compoundsPerZone(node)));
		model.addAttribute("screening", screening.of(node.scope()));
		if (user.role() == Role.COMMITTEE_STAFF) {
			model.addAttribute("groupBuys", groupBuys.list(user, node.scope(), true));
		}
		return "command";
	}

	private static List<TagCount> vulnerable(ResidentCounts counts) {
		return Arrays.stream(VulnerabilityTag.values())
			.map(tag -> new TagCount(tag, counts.vulnerable(tag)))
			.filter(t -> t.count() > 0)
			.toList();
	}

	private static List<ZoneCount> zones(Map<Zone, Long> perZone) {
		return Arrays.stream(Zone.values()).map(z -> new ZoneCount(z, perZone.getOrDefault(z, 0L))).toList();
	}

	/** Households (not kept in the summaries: none on a summarised home), residents and vulnerable residents. */
	record Totals(Long households, long residents, long vulnerable) {
	}

	record TagCount(VulnerabilityTag tag, long count) {
	}

	record ZoneCount(Zone zone, long count) {
	}
}

package org.lifeline.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentPatch;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.screening.NewRound;
import org.lifeline.screening.PlannedRound;
import org.lifeline.screening.RoundPlanning;
import org.lifeline.shared.PageRequest;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Today's screening round in the demo volunteer's compound, planned by the street through screening's own use case:
 * each building called to its sampling point in turn, and a seriously ill resident in the volunteer's first building
 * (tagged so through the residents' use case when the generated city has none there) sampled at home. The volunteer
 * finds both in their task list next to the check-ins, deliveries and rounds.
 */
@Component
class DemoSamplingDay {

	private static final Logger log = LoggerFactory.getLogger(DemoSamplingDay.class);

	private static final Set<VulnerabilityTag> BED_BOUND = Set.of(VulnerabilityTag.SERIOUSLY_ILL,
			VulnerabilityTag.DISABLED);

	private final RoundPlanning rounds;

	private final ResidentRegistry residents;

	private final Users users;

	private final Territory territory;

	private final Clock clock;

	DemoSamplingDay(RoundPlanning rounds, ResidentRegistry residents, Users users, Territory territory, Clock clock) {
		this.rounds = rounds;
		this.residents = residents;
		this.users = users;
		this.territory = territory;
		this.clock = clock;
	}

	void create() {
		LifelineUser volunteer = users.within(TerritoryScope.everything()).stream()
			.filter(u -> u.username().equals("volunteer")).findFirst().orElse(null);
		if (volunteer == null || volunteer.buildingIds().isEmpty()) {
			return;
		}
		TerritoryNode first = volunteer.buildingIds().stream().map(territory::byId)
			.min(Comparator.comparing(TerritoryNode::code)).orElseThrow();
		bedBoundIn(first);
		TerritoryNode compound = territory.byId(first.compoundId());
		TerritoryNode street = territory.byId(compound.streetId());
		PlannedRound round = rounds.plan(new NewRound(street.code(), LocalDate.now(clock), List.of(compound.code()), null),
				"street", TerritoryScope.everything());
		log.info("Demo screening round {} of today in compound {}: buildings called in turn, bed-bound sampled at home",
				round.id(), compound.code());
	}

	/** A resident of the building who cannot get down to the point: one tagged so, or the first resident tagged. */
	private void bedBoundIn(TerritoryNode building) {
		TerritoryScope scope = TerritoryScope.buildings(Set.of(building.id()));
		Map<Long, ?> tagged = residents.taggedWithAny(scope, BED_BOUND);
		if (!tagged.isEmpty()) {
			return;
		}
		residents.search("", scope, new PageRequest(0, 1)).items().stream().findFirst().ifPresent(r -> tag(r));
	}

	private void tag(ResidentView resident) {
		List<String> tags = new ArrayList<>(resident.tags().stream().map(Enum::name).toList());
		tags.add(VulnerabilityTag.SERIOUSLY_ILL.name());
		residents.change(resident.id(), ResidentPatch.of(Map.of("tags", tags)), TerritoryScope.everything());
	}
}

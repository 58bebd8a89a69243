package org.lifeline.isolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a facility's desk works from: its beds, the bus runs on their way to it with the people on each, and the
 * people admitted there (the longest in first), named through residents' API.
 */
@Component
class DeskBoard {

	private final Facilities facilities;

	private final BusRunReader runs;

	private final PlacementRepository placements;

	private final ResidentRegistry residents;

	DeskBoard(Facilities facilities, BusRunReader runs, PlacementRepository placements, ResidentRegistry residents) {
		this.facilities = facilities;
		this.runs = runs;
		this.placements = placements;
		this.residents = residents;
	}

	@Transactional(readOnly = true)
	Desk desk(String facilityCode, FacilityAccess access) {
		FacilityView facility = facilities.byCode(facilityCode, access);
		List<PlacementRepository.Placed> admitted = placements.atFacility(facility.id(), "ADMITTED");
		List<Optional<ResidentView>> people = residents.byIds(admitted.stream()
			.map(p -> new ResidentLookup(p.residentId(), TerritoryScope.everything()))
			.toList());
		List<Patient> patients = new ArrayList<>();
		for (int i = 0; i < admitted.size(); i++) {
			PlacementRepository.Placed p = admitted.get(i);
			ResidentView person = people.get(i).orElse(null);
			patients.add(new Patient(p.caseId(), person == null ? "#" + p.residentId() : person.name(),
					person == null ? null : person.address(), p.bedKind(), p.admittedAt()));
		}
		return new Desk(facility, access.worksDesk(facility), runs.toFacility(facility.id()), patients);
	}

	/** A facility's desk: whether the caller works it, the runs coming in and the people admitted. */
	record Desk(FacilityView facility, boolean works, List<BusRunView> inbound, List<Patient> admitted) {
	}

	/** A person admitted at the facility: the case, who, from where, on which kind of bed, since when. */
	record Patient(long caseId, String name, String home, BedKind bedKind, Instant admittedAt) {
	}
}

package org.lifeline.isolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads bus runs with their stops and riders: who may see a run (its driver, dispatchers whose scope holds one of
 * its cases, the facility's desk), and the people at each stop, named through residents' API.
 */
@Component
class BusRunReader {

	private final BusRunRepository runs;

	private final FacilityRepository facilities;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final JdbcClient jdbc;

	BusRunReader(BusRunRepository runs, FacilityRepository facilities, ResidentRegistry residents, Territory territory,
			JdbcClient jdbc) {
		this.runs = runs;
		this.facilities = facilities;
		this.residents = residents;
		this.territory = territory;
		this.jdbc = jdbc;
	}

	/** The run when the caller may see it: its driver, or a dispatcher whose scope holds one of its cases. */
	BusRunRepository.Run visible(long runId, String driver, TerritoryScope scope) {
		Optional<BusRunRepository.Run> run = runs.lock(runId);
		boolean sees = run.isPresent() && ((driver != null && driver.equals(run.get().driver()))
				|| jdbc.sql("select count(*) from isolation_placement p where p.run_id = ? and " + scope.condition("p"))
					.param(runId).query(Long.class).single() > 0);
		if (!sees) {
			throw new NotFoundException("bus run", BusRunView.ref(runId));
		}
		return run.get();
	}

	@Transactional(readOnly = true)
	public BusRunView view(long runId) {
		BusRunRepository.Run run = runs.run(runId).orElseThrow(() -> new NotFoundException("bus run", BusRunView.ref(runId)));
		FacilityRepository.Stored facility = facilities.byId(run.facilityId()).orElseThrow();
		List<BusRunRepository.Rider> riders = runs.onRun(runId);
		List<Optional<ResidentView>> people = residents.byIds(riders.stream()
			.map(r -> new ResidentLookup(r.residentId(), TerritoryScope.everything()))
			.toList());
		Map<Integer, List<BusRunView.Rider>> byStop = new LinkedHashMap<>();
		Map<Integer, Long> compoundOf = new HashMap<>();
		for (int i = 0; i < riders.size(); i++) {
			BusRunRepository.Rider r = riders.get(i);
			ResidentView person = people.get(i).orElse(null);
			byStop.computeIfAbsent(r.stop(), s -> new ArrayList<>())
				.add(new BusRunView.Rider(r.caseId(), person == null ? "#" + r.residentId() : person.name(),
						person == null ? null : person.buildingCode(), person == null ? null : person.room(), r.bedKind(),
						r.status()));
			compoundOf.put(r.stop(), r.compoundId());
		}
		List<BusRunView.Stop> stops = byStop.entrySet().stream().map(e -> {
			TerritoryNode compound = territory.byId(compoundOf.get(e.getKey()));
			return new BusRunView.Stop(e.getKey(), compound.id(), compound.name(), compound.address(), List.copyOf(e.getValue()));
		}).toList();
		return new BusRunView(run.id(), BusRunView.ref(run.id()), facility.code(), facility.name(), facility.address(),
				run.seats(), run.escortName(), run.plate(), run.driver(), run.status(), run.startedAt(), run.closedAt(), stops);
	}

	/** A driver's runs not yet closed. */
	@Transactional(readOnly = true)
	public List<BusRunView> ofDriver(String driver) {
		return runs.runIds(driver, null).stream().map(this::view).toList();
	}

	/** The runs on their way to a facility. */
	@Transactional(readOnly = true)
	public List<BusRunView> toFacility(long facilityId) {
		return runs.runIds(null, facilityId).stream().map(this::view).toList();
	}
}

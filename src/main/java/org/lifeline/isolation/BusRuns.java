package org.lifeline.isolation;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.cases.CaseTransfers;
import org.lifeline.medical.Fleet;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.VehicleView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.GreatCircle;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer bus runs (转运班车): planning one for cases held at a facility (seats, escort, a fleet vehicle or a plate
 * typed in, the driver), its stops compound by compound with the farthest first, and setting off, which moves every
 * case on it into transfer.
 */
@Service
public class BusRuns {

	static final int MAX_SEATS = 80;

	private final BusRunRepository runs;

	private final FacilityRepository facilities;

	private final BusRunReader reader;

	private final CaseTransfers cases;

	private final Fleet fleet;

	private final Territory territory;

	private final Clock clock;

	BusRuns(BusRunRepository runs, FacilityRepository facilities, BusRunReader reader, CaseTransfers cases, Fleet fleet,
			Territory territory, Clock clock) {
		this.runs = runs;
		this.facilities = facilities;
		this.reader = reader;
		this.cases = cases;
		this.fleet = fleet;
		this.territory = territory;
		this.clock = clock;
	}

	/** Plans a run for cases held at the facility, in the caller's scope; nothing is saved when one of them is wrong. */
	@Transactional
	public BusRunView plan(NewBusRun run, FacilityAccess access, TerritoryScope scope, String actor) {
		FacilityRepository.Stored facility = facilities.byCode(run.facilityCode() == null ? "" : run.facilityCode().trim(), access)
			.orElseThrow(() -> new NotFoundException("facility", run.facilityCode()));
		List<Long> caseIds = requireCases(run);
		int seats = run.seats() == null ? 0 : run.seats();
		if (seats < 1 || seats > MAX_SEATS) {
			throw new InvalidInputException("seats", "a bus has between 1 and " + MAX_SEATS + " seats",
					"problem.isolation.seats", MAX_SEATS);
		}
		if (caseIds.size() > seats) {
			throw new InvalidInputException("caseIds", "the bus is over its seats: " + caseIds.size() + " cases for " + seats + " seats",
					"problem.isolation.overSeats", caseIds.size(), seats);
		}
		if (run.escortName() == null || run.escortName().isBlank() || run.escortName().length() > 60) {
			throw new InvalidInputException("escortName", "a transfer run needs its escort's name (up to 60 characters)",
					"problem.isolation.escortName");
		}
		String plate = plate(run, seats, scope);
		List<BusRunRepository.Rider> riders = runs.placements(caseIds, scope);
		Map<Long, BusRunRepository.Rider> byCase = riders.stream().collect(Collectors.toMap(BusRunRepository.Rider::caseId, r -> r));
		for (long caseId : caseIds) {
			BusRunRepository.Rider rider = byCase.get(caseId);
			if (rider == null) {
				throw new NotFoundException("case with a bed", caseId);
			}
			if (rider.facilityId() != facility.id()) {
				throw new ConflictException("case " + caseId + " has a bed at another facility, not at " + facility.code(),
						"problem.isolation.otherFacility", String.valueOf(caseId), facility.code());
			}
			if (!"HELD".equals(rider.status())) {
				String english = "case " + caseId + " is already " + rider.status();
				throw rider.runId() == null
						? new ConflictException(english, "problem.isolation.alreadyPlaced", String.valueOf(caseId),
								rider.status(), IsolationWords.placement(rider.status()))
						: new ConflictException(english + " on run " + BusRunView.ref(rider.runId()), "problem.isolation.alreadyOnRun",
								String.valueOf(caseId), rider.status(), BusRunView.ref(rider.runId()), IsolationWords.placement(rider.status()));
			}
		}
		long runId = runs.insert(facility.id(), riders.get(0).districtId(), run, plate, actor, clock.instant());
		board(runId, riders, facility);
		return reader.view(runId);
	}

	/** The driver (or a dispatcher) sets off: every case on the run goes into transfer. */
	@Transactional
	public BusRunView start(long runId, String driver, TerritoryScope scope, String actor) {
		BusRunRepository.Run run = reader.visible(runId, driver, scope);
		if (!"PLANNED".equals(run.status())) {
			throw new ConflictException("run " + BusRunView.ref(runId) + " is " + run.status() + ", not PLANNED",
					"problem.isolation.runNotPlanned", BusRunView.ref(runId), run.status(), IsolationWords.run(run.status()));
		}
		runs.onRun(runId).forEach(r -> cases.startTransfer(r.caseId(), BusRunView.ref(runId), actor));
		runs.setStatus(runId, "STARTED", clock.instant());
		runs.setPlacementStatus(runId, "IN_TRANSFER");
		return reader.view(runId);
	}

	private String plate(NewBusRun run, int seats, TerritoryScope scope) {
		if (run.vehicleId() == null) {
			if (run.plate() == null || run.plate().isBlank() || run.plate().trim().length() > 20) {
				throw new InvalidInputException("plate", "name a vehicle of the fleet or type its plate",
						"problem.isolation.plate");
			}
			return run.plate().trim();
		}
		VehicleView vehicle = fleet.vehicles(TripAccess.of(scope)).stream()
			.filter(v -> v.id() == run.vehicleId())
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("vehicleId", "vehicle " + run.vehicleId() + " not found in your fleet",
					"problem.isolation.vehicleNotFound", String.valueOf(run.vehicleId())));
		if (seats > vehicle.seats()) {
			throw new InvalidInputException("seats", "vehicle " + vehicle.code() + " has " + vehicle.seats() + " seats, not " + seats,
					"problem.isolation.vehicleSeats", vehicle.code(), vehicle.seats(), seats);
		}
		return vehicle.plate();
	}

	private static List<Long> requireCases(NewBusRun run) {
		if (run.caseIds() == null || run.caseIds().isEmpty() || run.caseIds().stream().anyMatch(java.util.Objects::isNull)) {
			throw new InvalidInputException("caseIds", "a run takes at least one case", "problem.isolation.noCases");
		}
		List<Long> ids = run.caseIds().stream().distinct().toList();
		if (ids.size() != run.caseIds().size()) {
			throw new InvalidInputException("caseIds", "a case is named twice", "problem.isolation.caseTwice");
		}
		return ids;
	}

	/** Numbers the stops: compounds farthest from the facility first, so the bus ends its round at the facility. */
	private void board(long runId, List<BusRunRepository.Rider> riders, FacilityRepository.Stored facility) {
		Map<Long, TerritoryNode> compounds = new HashMap<>();
		Set<Long> ids = riders.stream().map(BusRunRepository.Rider::compoundId).collect(Collectors.toSet());
		ids.forEach(id -> compounds.put(id, territory.byId(id)));
		List<Long> order = ids.stream()
			.sorted(Comparator.comparingDouble((Long id) -> -km(compounds.get(id), facility)).thenComparing(id -> id))
			.toList();
		Map<Long, Integer> stops = new LinkedHashMap<>();
		order.forEach(id -> stops.put(id, stops.size() + 1));
		riders.forEach(r -> runs.board(runId, r.caseId(), stops.get(r.compoundId())));
	}

	private static double km(TerritoryNode compound, FacilityRepository.Stored facility) {
		if (compound.lat() == null || compound.lon() == null) {
			return 0;
		}
		return GreatCircle.kilometres(compound.lat(), compound.lon(), facility.lat(), facility.lon());
	}
}

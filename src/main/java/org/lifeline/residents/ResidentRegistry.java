package org.lifeline.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.Placement;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, finds and changes residents and households. Every call takes the scope it may act in: an id outside
 * it is reported exactly like an unknown id.
 */
@Service
public class ResidentRegistry {

	private final ResidentRepository residents;

	private final HouseholdRepository households;

	private final Territory territory;

	private final Clock clock;

	ResidentRegistry(ResidentRepository residents, HouseholdRepository households, Territory territory, Clock clock) {
		this.residents = residents;
		this.households = households;
		this.territory = territory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ResidentView byId(long id, TerritoryScope scope) {
		return residents.find(id, scope).orElseThrow(() -> new NotFoundException("resident", id));
	}

	/**
	 * Many residents at once (intake looks up a batch of filings in one query): each one as the scope given with
	 * it may see it, empty where the id is unknown or outside that scope.
	 */
	public List<Optional<ResidentView>> byIds(List<ResidentLookup> lookups) {
		Map<Long, ResidentRepository.PlacedResident> found = residents
			.findAll(lookups.stream().map(ResidentLookup::residentId).collect(Collectors.toSet()));
		return lookups.stream()
			.map(lookup -> Optional.ofNullable(found.get(lookup.residentId()))
				.filter(resident -> lookup.scope().contains(resident.place()))
				.map(ResidentRepository.PlacedResident::view))
			.toList();
	}

	/**
	 * Where each of many residents lives (screening stores it with every swab), in one query: by resident id,
	 * absent where the id is unknown. For a caller that has already checked it may act for these residents.
	 */
	public Map<Long, Placement> placements(java.util.Collection<Long> residentIds) {
		return residentIds.isEmpty() ? Map.of() : residents.placements(residentIds);
	}

	/**
	 * How many residents each node at a level (compound, building...) within the scope holds, by node id, in one
	 * query; nodes with none are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> residentsPer(TerritoryScope.Level level, TerritoryScope scope) {
		if (level.column() == null) {
			throw new IllegalArgumentException("residents are counted per district, street, committee, compound, building or household");
		}
		return residents.countPer(scope, level);
	}

	/** The residents within the scope carrying any of the tags, with where they live, by resident id. */
	@Transactional(readOnly = true)
	public Map<Long, Placement> taggedWithAny(TerritoryScope scope, java.util.Collection<VulnerabilityTag> tags) {
		return tags.isEmpty() ? Map.of() : residents.taggedWithAny(scope, tags);
	}

	/** The district a resident lives in (for audit entries). */
	public Long districtOf(long residentId) {
		return residents.districtOf(residentId);
	}

	@Transactional(readOnly = true)
	public PageResult<ResidentView> search(String q, TerritoryScope scope, PageRequest page) {
		return search(q, null, scope, page);
	}

	/** The residents matching the query within the scope, only those carrying the tag when one is given. */
	@Transactional(readOnly = true)
	public PageResult<ResidentView> search(String q, VulnerabilityTag tag, TerritoryScope scope, PageRequest page) {
		return residents.search(ResidentQuery.parse(q), tag, scope, page);
	}

	/** The residents within the scope living in the room given (as a caller names their door: "502"). */
	@Transactional(readOnly = true)
	public List<ResidentView> inRoom(String room, TerritoryScope scope, int limit) {
		return room == null || room.isBlank() ? List.of() : residents.inRoom(room.trim(), scope, limit);
	}

	@Transactional(readOnly = true)
	public HouseholdView household(long id, TerritoryScope scope) {
		return households.find(id, scope).orElseThrow(() -> new NotFoundException("household", id));
	}

	@Transactional(readOnly = true)
	public List<ResidentView> members(long householdId, TerritoryScope scope) {
		household(householdId, scope);
		return residents.inHousehold(householdId, scope);
	}

	/** How many households, residents and vulnerable residents (by tag) the scope holds. */
	@Transactional(readOnly = true)
	public ResidentCounts counts(TerritoryScope scope) {
		return new ResidentCounts(households.count(scope), residents.count(scope), residents.countTagged(scope),
				residents.countByTag(scope));
	}

	@Transactional(readOnly = true)
	public PageResult<HouseholdView> households(TerritoryScope scope, PageRequest page) {
		return households.list(scope, page);
	}

	@Transactional
	public ResidentView register(NewResident resident, TerritoryScope scope) {
		resident.requireValid(today());
		HouseholdRef household = resident.householdId() != null
				? households.findRef(resident.householdId(), scope)
					.orElseThrow(() -> new InvalidInputException("householdId",
							"household " + resident.householdId() + " not found", "problem.residents.householdNotFound",
							String.valueOf(resident.householdId())))
				: households.findOrCreate(building(resident, scope), resident.room());
		if (residents.documentTaken(resident.idType(), resident.idNumber(), null)) {
			throw new ConflictException("a resident with " + resident.idType() + " " + resident.idNumber()
					+ " is already registered", "problem.residents.documentTaken", resident.idType(), resident.idNumber());
		}
		return byId(residents.insert(household, resident), scope);
	}

	@Transactional
	public ResidentView change(long id, ResidentPatch patch, TerritoryScope scope) {
		ResidentView current = byId(id, scope);
		ResidentChanges changed = patch.applyTo(ResidentChanges.of(current));
		changed.asNew(current.householdId()).requireValid(today());
		if (residents.documentTaken(changed.idType(), changed.idNumber(), id)) {
			throw new ConflictException("another resident is registered with " + changed.idType() + " "
					+ changed.idNumber(), "problem.residents.documentTakenByOther", changed.idType(), changed.idNumber());
		}
		residents.update(id, changed);
		return byId(id, scope);
	}

	private TerritoryNode building(NewResident resident, TerritoryScope scope) {
		TerritoryNode compound = territory.findByCode(resident.compoundCode())
			.filter(node -> node.kind() == TerritoryKind.COMPOUND && scope.contains(node))
			.orElseThrow(() -> new InvalidInputException("compoundCode",
					"compound " + resident.compoundCode() + " not found", "problem.residents.compoundNotFound",
					resident.compoundCode()));
		return territory.buildingOf(compound, resident.building());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}

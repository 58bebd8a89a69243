package org.lifeline.requests.open311;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lifeline.requests.Routing;
import org.lifeline.residents.HouseholdView;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.GreatCircle;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.PageRequest;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * Finds where an Open311 request belongs. {@code address_id} is a household; {@code address_string} is a compound
 * name or address, optionally ending in building and room (幸福小区5号楼502) which names a household; {@code lat}
 * and {@code long} give the compound nearest the point, if one lies within {@value #MAX_KILOMETRES} km. A household found by place is filed for the member whose
 * phone matches; without a household the request goes to the compound's committee without a resident.
 */
@Component
class Open311Places {

	private static final Pattern BUILDING_ROOM = Pattern.compile("^(.*?)\\s*(\\d{1,4})\\s*(?:号楼|号|栋|幢|楼)\\s*(\\d{1,6})\\s*室?\\s*$");

	/** How far from the nearest compound a point may lie and still be filed to it. */
	static final double MAX_KILOMETRES = 3;

	private final Territory territory;

	private final ResidentRegistry residents;

	Open311Places(Territory territory, ResidentRegistry residents) {
		this.territory = territory;
		this.residents = residents;
	}

	Routing locate(Open311Filing f, TerritoryScope scope) {
		if (f.addressId() != null) {
			return household(parseId(f.addressId()), f, scope);
		}
		if (f.addressString() != null) {
			return byAddress(f.addressString().trim(), f, scope);
		}
		if (f.lat() != null && f.lon() != null) {
			TerritoryNode compound = territory.nearestCompound(f.lat(), f.lon(), scope)
				.filter(c -> c.lat() != null && c.lon() != null
						&& GreatCircle.kilometres(f.lat(), f.lon(), c.lat(), c.lon()) <= MAX_KILOMETRES)
				.orElseThrow(() -> new InvalidInputException("lat",
						"no compound within " + (int) MAX_KILOMETRES + " km of this point: it lies outside the jurisdiction",
						"problem.open311.noCompoundNear", String.valueOf((int) MAX_KILOMETRES)));
			return new Routing(null, null, compound, compound.address(), f.lat(), f.lon(), f.name(), f.phone(), false);
		}
		throw new InvalidInputException("address_string", "a location is required: lat and long, address_string or address_id",
				"problem.open311.locationRequired");
	}

	private Routing byAddress(String text, Open311Filing f, TerritoryScope scope) {
		Matcher m = BUILDING_ROOM.matcher(text);
		String compoundText = m.matches() ? m.group(1) : text;
		TerritoryNode compound = compound(compoundText, scope);
		if (m.matches()) {
			Optional<HouseholdView> household = household(compound, m.group(2), m.group(3));
			if (household.isPresent()) {
				return household(household.get().id(), f, scope);
			}
		}
		return new Routing(null, null, compound, text, compound.lat(), compound.lon(), f.name(), f.phone(), false);
	}

	private TerritoryNode compound(String text, TerritoryScope scope) {
		List<TerritoryNode> found = text.isBlank() ? List.of() : territory.findCompounds(text, scope, 2);
		if (found.isEmpty()) {
			throw new InvalidInputException("address_string", "no compound named " + text, "problem.open311.noCompoundNamed", text);
		}
		if (found.size() > 1) {
			throw new InvalidInputException("address_string", "more than one compound matches " + text + "; give the full name",
					"problem.open311.compoundAmbiguous", text);
		}
		return found.get(0);
	}

	private Optional<HouseholdView> household(TerritoryNode compound, String building, String room) {
		return territory.children(compound)
			.stream()
			.filter(b -> b.kind() == TerritoryKind.BUILDING && b.name().equals(building + "号楼"))
			.findFirst()
			.flatMap(b -> residents.households(b.scope(), new PageRequest(0, PageRequest.MAX_SIZE))
				.items()
				.stream()
				.filter(h -> h.room().equals(room))
				.findFirst());
	}

	private Routing household(long id, Open311Filing f, TerritoryScope scope) {
		HouseholdView household;
		try {
			household = residents.household(id, scope);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("address_id", "household " + id + " not found",
					"problem.open311.householdNotFound", String.valueOf(id));
		}
		List<ResidentView> members = residents.members(id, scope);
		Optional<ResidentView> caller = members.stream()
			.filter(r -> f.phone() != null && r.phone() != null && r.phone().equals(f.phone()))
			.findFirst();
		TerritoryNode building = territory.byCode(household.buildingCode());
		boolean vulnerable = members.stream().anyMatch(r -> !r.tags().isEmpty());
		return caller.map(r -> Routing.forResident(r, building))
			.orElseGet(() -> new Routing(null, id, building, household.address(), building.lat(), building.lon(),
					f.name(), f.phone(), vulnerable));
	}

	private static long parseId(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("address_id", "address_id must be a household number",
					"problem.open311.addressId");
		}
	}
}

package org.lifeline.screening;

import java.util.List;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentStatusSource;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;

/**
 * Every member of a household with their screening status and tests: the resident's page, and the sheet the
 * committee prints for households without a phone. Both read the same stored results as the API.
 */
@Service
public class HouseholdResults {

	private final ResidentRegistry residents;

	private final ResidentTests tests;

	private final ResidentStatusSource statuses;

	HouseholdResults(ResidentRegistry residents, ResidentTests tests, ResidentStatusSource statuses) {
		this.residents = residents;
		this.tests = tests;
		this.statuses = statuses;
	}

	public List<MemberResults> of(long householdId, TerritoryScope scope) {
		return residents.members(householdId, scope)
			.stream()
			.map(r -> new MemberResults(r.id(), r.name(), statuses.screeningStatusOf(r.id()), tests.of(r.id(), scope)))
			.toList();
	}

	/** Whether anyone in the household awaits a recheck or tested positive: then the household stays in. */
	public static boolean staysIn(List<MemberResults> members) {
		return members.stream().anyMatch(m -> !m.status().equals("CLEAR"));
	}

	public record MemberResults(long residentId, String name, String status, List<ResidentTests.TestEntry> tests) {
	}

	/** The household itself, for the print-out's heading. */
	public ResidentView firstMember(long householdId, TerritoryScope scope) {
		return residents.members(householdId, scope).stream().findFirst().orElse(null);
	}
}

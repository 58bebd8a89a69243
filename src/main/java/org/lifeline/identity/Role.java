package org.lifeline.identity;

import java.util.EnumSet;
import java.util.Set;

import org.lifeline.shared.personal.PersonalData.Kind;
import org.lifeline.territory.TerritoryKind;

/**
 * The roles of DESIGN §2, each with the level of the territory it is bound to (if any), its rank for managing
 * other users, and the kinds of personal data its work needs unmasked.
 */
public enum Role {

	ADMINISTRATOR(TerritoryKind.CITY, 0, Set.of()),
	CITY_COMMAND(TerritoryKind.CITY, 1, Set.of()),
	DISTRICT_COMMAND(TerritoryKind.DISTRICT, 2, Set.of()),
	STREET_TASK_FORCE(TerritoryKind.STREET, 3, Set.of()),
	COMMITTEE_STAFF(TerritoryKind.COMMITTEE, 4, Set.of()),
	HOTLINE_OPERATOR(null, 5, Set.of(Kind.PHONE)),
	VOLUNTEER(null, 5, Set.of(Kind.PHONE)),
	DRIVER(TerritoryKind.STREET, 5, Set.of(Kind.PHONE)),
	HOSPITAL_DESK(null, 5, Set.of()),
	SUPPLIER(null, 5, Set.of()),
	LAB(null, 5, Set.of()),
	RESIDENT(null, 6, Set.of(Kind.ID_NUMBER, Kind.PHONE));

	private final TerritoryKind boundTo;

	private final int rank;

	private final Set<Kind> unmasked;

	Role(TerritoryKind boundTo, int rank, Set<Kind> unmasked) {
		this.boundTo = boundTo;
		this.rank = rank;
		this.unmasked = unmasked.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(unmasked);
	}

	/** The level of node this role must be bound to; null when it is bound to something else or any level. */
	public TerritoryKind boundTo() {
		return boundTo;
	}

	public Set<Kind> unmasked() {
		return unmasked;
	}

	/** Whether a user of this role may create and manage users of the other role. */
	public boolean manages(Role other) {
		return rank < 5 && other.rank > rank && other != ADMINISTRATOR;
	}

	/** Whether this role works on residents' records (and may reveal their personal data with a reason). */
	public boolean worksWithResidents() {
		return rank <= 4 || this == HOTLINE_OPERATOR || this == VOLUNTEER;
	}

	/** Whether this role reads the audit log. */
	public boolean readsAudit() {
		return this == ADMINISTRATOR || this == CITY_COMMAND || this == DISTRICT_COMMAND;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}

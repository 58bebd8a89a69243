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

	ADMINISTRATOR("管理员", TerritoryKind.CITY, 0, -1, Set.of(Kind.CONTACT_PHONE)),
	CITY_COMMAND("市指挥部", TerritoryKind.CITY, 1, 0, Set.of(Kind.CONTACT_PHONE)),
	DISTRICT_COMMAND("区指挥部", TerritoryKind.DISTRICT, 2, 1, Set.of(Kind.CONTACT_PHONE)),
	STREET_TASK_FORCE("街道专班", TerritoryKind.STREET, 3, 2, Set.of(Kind.CONTACT_PHONE)),
	COMMITTEE_STAFF("居委", TerritoryKind.COMMITTEE, 4, 3, Set.of(Kind.CONTACT_PHONE)),
	HOTLINE_OPERATOR("12345话务员", null, 5, 2, Set.of(Kind.PHONE)),
	VOLUNTEER("志愿者", null, 5, 4, Set.of(Kind.PHONE)),
	DRIVER("司机", TerritoryKind.STREET, 5, 3, Set.of(Kind.PHONE)),
	HOSPITAL_DESK("医院接诊", null, 5, 2, Set.of()),
	SUPPLIER("保供企业", null, 5, 2, Set.of(Kind.CONTACT_PHONE)),
	LAB("检测机构", null, 5, 1, Set.of()),
	SAMPLER("采样员", TerritoryKind.STREET, 5, 3, Set.of()),
	RESIDENT("居民", null, 6, 4, Set.of(Kind.ID_NUMBER, Kind.PHONE));

	private final String chinese;

	private final TerritoryKind boundTo;

	private final int rank;

	private final int managedFromRank;

	private final Set<Kind> unmasked;

	/**
	 * {@code managedFromRank} is the lowest rank that creates and disables accounts of this role: a committee
	 * its volunteers and residents, a street its committees and drivers, a district its streets, hotline, hospital
	 * desks and suppliers, the city its districts and labs; -1 for the administrator, created from the command line.
	 */
	Role(String chinese, TerritoryKind boundTo, int rank, int managedFromRank, Set<Kind> unmasked) {
		this.chinese = chinese;
		this.boundTo = boundTo;
		this.rank = rank;
		this.managedFromRank = managedFromRank;
		this.unmasked = unmasked.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(unmasked);
	}

	public String chinese() {
		return chinese;
	}

	/** Reads a role by its code or Chinese name, as written in an import file. */
	public static java.util.Optional<Role> parse(String text) {
		String t = text == null ? "" : text.trim();
		return java.util.Arrays.stream(values())
			.filter(r -> r.name().equalsIgnoreCase(t) || r.chinese.equals(t))
			.findFirst();
	}

	/** The level of node this role must be bound to; null when it is bound to something else or any level. */
	public TerritoryKind boundTo() {
		return boundTo;
	}

	public Set<Kind> unmasked() {
		return unmasked;
	}

	/**
	 * Whether a user of this role may create and disable users of the other role (within their own reach, which
	 * {@link Users} checks): only roles below their own, and only those whose level of work they oversee.
	 */
	public boolean manages(Role other) {
		return other != null && rank < other.rank && rank <= other.managedFromRank;
	}

	/** Whether this role works on residents' records (and may reveal their personal data with a reason). */
	public boolean worksWithResidents() {
		return rank <= 4 || this == HOTLINE_OPERATOR || this == VOLUNTEER;
	}

	/**
	 * Whether this role's work on a request is calling the person (committee staff, street task forces,
	 * volunteers): they see the number to call, and each such view is audited.
	 */
	public boolean callsResidents() {
		return this == COMMITTEE_STAFF || this == STREET_TASK_FORCE || this == VOLUNTEER;
	}

	/** Whether this role reads the audit log. */
	public boolean readsAudit() {
		return this == ADMINISTRATOR || this == CITY_COMMAND || this == DISTRICT_COMMAND;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}

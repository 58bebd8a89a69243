package org.lifeline.territory;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a caller may see: a territory node and everything below it, a set of buildings (a volunteer), one
 * household (a resident), everything (system work) or nothing (a hospital desk or a supplier looking at people).
 * <p>
 * It is the one filter every query about people and what hangs off them uses. Rows carry the ids of their
 * district, street, committee, compound, building and household, so the filter is one indexed equality
 * ({@code r.street_id = 42}), never a walk of the tree. Ids are numbers from the database and are written into
 * the SQL as literals, so a condition needs no parameter binding.
 */
public final class TerritoryScope {

	/** The levels a scope can sit at, with the column rows use to name their node at that level. */
	public enum Level {

		CITY(null), DISTRICT("district_id"), STREET("street_id"), COMMITTEE("committee_id"), COMPOUND("compound_id"),
		BUILDING("building_id"), HOUSEHOLD("household_id"), NOTHING(null);

		private final String column;

		Level(String column) {
			this.column = column;
		}

		public String column() {
			return column;
		}
	}

	private static final TerritoryScope EVERYTHING = new TerritoryScope(Level.CITY, Set.of(), "city");

	private static final TerritoryScope NOTHING = new TerritoryScope(Level.NOTHING, Set.of(), "nothing");

	private final Level level;

	private final Set<Long> ids;

	private final String code;

	private TerritoryScope(Level level, Set<Long> ids, String code) {
		this.level = level;
		this.ids = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ids));
		this.code = code;
	}

	public static TerritoryScope of(TerritoryNode node) {
		return ofNode(node.kind(), node.id(), node.code());
	}

	/** The scope of a node known by its kind, id and code. */
	public static TerritoryScope ofNode(TerritoryKind kind, long id, String code) {
		return new TerritoryScope(Level.valueOf(kind.name()), Set.of(id), code);
	}

	/** The given buildings and what is in them (a volunteer's buildings). */
	public static TerritoryScope buildings(Set<Long> buildingIds) {
		return buildingIds.isEmpty() ? NOTHING : new TerritoryScope(Level.BUILDING, buildingIds, "buildings");
	}

	/** One household and its members (a resident). */
	public static TerritoryScope household(long householdId) {
		return new TerritoryScope(Level.HOUSEHOLD, Set.of(householdId), "household " + householdId);
	}

	/** Everything, for system work that no user drives (demo loading, scheduled jobs). */
	public static TerritoryScope everything() {
		return EVERYTHING;
	}

	/** Nothing: roles that reach people only through their own work (hospital desks, suppliers, labs). */
	public static TerritoryScope nothing() {
		return NOTHING;
	}

	public Level level() {
		return level;
	}

	/** The one node id of a node scope (0 for everything and nothing, the first id of a set of buildings). */
	public long nodeId() {
		return ids.isEmpty() ? 0 : ids.iterator().next();
	}

	public Set<Long> ids() {
		return ids;
	}

	public String code() {
		return code;
	}

	public boolean isEverything() {
		return level == Level.CITY;
	}

	/**
	 * The SQL condition over a table alias whose rows carry the territory id columns. Tables whose own id is the
	 * household id (the household table) use {@link #condition(String, String)}.
	 */
	public String condition(String alias) {
		return condition(alias, Level.HOUSEHOLD.column());
	}

	/** The condition, naming the column that holds the household id in this table. */
	public String condition(String alias, String householdColumn) {
		String prefix = alias == null || alias.isEmpty() ? "" : alias + ".";
		return switch (level) {
			case CITY -> "true";
			case NOTHING -> "false";
			default -> {
				String column = prefix + (level == Level.HOUSEHOLD ? householdColumn : level.column());
				yield ids.size() == 1 ? column + " = " + nodeId()
						: column + " in (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
			}
		};
	}

	/** Whether a territory node lies in scope (households never contain nodes). */
	public boolean contains(TerritoryNode node) {
		return switch (level) {
			case CITY -> true;
			case NOTHING, HOUSEHOLD -> false;
			default -> {
				Long ancestor = node.ancestorId(TerritoryKind.valueOf(level.name()));
				yield ancestor != null && ids.contains(ancestor);
			}
		};
	}

	/** Whether a row placed here lies in scope: what {@link #condition(String)} answers for it in SQL. */
	public boolean contains(Placement place) {
		return switch (level) {
			case CITY -> true;
			case NOTHING -> false;
			default -> {
				Long id = place.idAt(level);
				yield id != null && ids.contains(id);
			}
		};
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TerritoryScope s && s.level == level && s.ids.equals(ids);
	}

	@Override
	public int hashCode() {
		return Objects.hash(level, ids);
	}

	@Override
	public String toString() {
		return level + " " + code;
	}
}

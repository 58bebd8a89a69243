package org.lifeline.territory;

import java.util.Objects;

/**
 * "This node and everything below it": the one filter every query about people and what hangs off them uses.
 * Rows carry the ids of their district, street, committee, compound and building, so the filter is one indexed
 * equality ({@code street_id = ?}), never a walk of the tree. The city scope filters nothing.
 */
public final class TerritoryScope {

	private static final TerritoryScope CITY = new TerritoryScope(TerritoryKind.CITY, 0, "city");

	private final TerritoryKind kind;

	private final long nodeId;

	private final String code;

	private TerritoryScope(TerritoryKind kind, long nodeId, String code) {
		this.kind = kind;
		this.nodeId = nodeId;
		this.code = code;
	}

	public static TerritoryScope of(TerritoryNode node) {
		return new TerritoryScope(node.kind(), node.id(), node.code());
	}

	/** Everything, for system work that no user drives (demo loading, scheduled jobs). */
	public static TerritoryScope everything() {
		return CITY;
	}

	public TerritoryKind kind() {
		return kind;
	}

	public long nodeId() {
		return nodeId;
	}

	public String code() {
		return code;
	}

	/**
	 * An SQL condition over a table alias whose rows carry the territory id columns, with one named parameter
	 * {@code :scopeId} (always bound, so callers need not care whether it filters).
	 */
	public String condition(String alias) {
		String prefix = alias == null || alias.isEmpty() ? "" : alias + ".";
		return kind == TerritoryKind.CITY ? "(:scopeId = :scopeId)" : prefix + kind.scopeColumn() + " = :scopeId";
	}

	/** Whether a row with these territory ids lies in scope. */
	public boolean contains(Long districtId, Long streetId, Long committeeId, Long compoundId, Long buildingId) {
		Long value = switch (kind) {
			case CITY -> nodeId;
			case DISTRICT -> districtId;
			case STREET -> streetId;
			case COMMITTEE -> committeeId;
			case COMPOUND -> compoundId;
			case BUILDING -> buildingId;
		};
		return value != null && value == nodeId;
	}

	public boolean contains(TerritoryNode node) {
		return kind == TerritoryKind.CITY || Objects.equals(node.ancestorId(kind), nodeId);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TerritoryScope s && s.kind == kind && s.nodeId == nodeId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, nodeId);
	}

	@Override
	public String toString() {
		return kind + " " + code;
	}
}

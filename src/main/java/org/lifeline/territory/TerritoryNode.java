package org.lifeline.territory;

/**
 * One node of the territory with the ids of its ancestors at each level (its own id at its own level).
 * Address and location are set for compounds (and may be for buildings).
 */
public record TerritoryNode(long id, String code, TerritoryKind kind, String name, Long parentId, Long districtId,
		Long streetId, Long committeeId, Long compoundId, String address, Double lat, Double lon) {

	/** The id of this node's ancestor of the given kind, or its own id for its own kind. */
	public Long ancestorId(TerritoryKind level) {
		return switch (level) {
			case CITY -> null;
			case DISTRICT -> districtId;
			case STREET -> streetId;
			case COMMITTEE -> committeeId;
			case COMPOUND -> compoundId;
			case BUILDING -> kind == TerritoryKind.BUILDING ? id : null;
		};
	}

	/** This node and everything below it. */
	public TerritoryScope scope() {
		return TerritoryScope.of(this);
	}

	/** Whether this node is the given node or lies below it. */
	public boolean isWithin(TerritoryNode other) {
		if (other.kind() == TerritoryKind.CITY) {
			return true;
		}
		Long ancestor = ancestorId(other.kind());
		return ancestor != null && ancestor == other.id();
	}
}

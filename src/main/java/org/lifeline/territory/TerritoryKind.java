package org.lifeline.territory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The levels of the territory, top to bottom. */
public enum TerritoryKind {

	CITY, DISTRICT, STREET, COMMITTEE, COMPOUND, BUILDING;

	/** The kind a child of this kind has, or null for a building. */
	public TerritoryKind childKind() {
		return this == BUILDING ? null : values()[ordinal() + 1];
	}

	/** This kind as an argument of a message: its word in the reader's language ({@code kind.*}), else its name. */
	public MessageSourceResolvable words() {
		return new DefaultMessageSourceResolvable(new String[] { "kind." + name() }, name());
	}

	/** The column that rows about people use to say which node of this kind they belong to. */
	public String scopeColumn() {
		return switch (this) {
			case CITY -> null;
			case DISTRICT -> "district_id";
			case STREET -> "street_id";
			case COMMITTEE -> "committee_id";
			case COMPOUND -> "compound_id";
			case BUILDING -> "building_id";
		};
	}
}

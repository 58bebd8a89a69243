package org.lifeline.territory;

/**
 * The scope of whoever is calling: the user's node and below, their buildings or their household. Every module
 * asks this for the scope it passes to its queries; an unauthenticated caller gets {@link TerritoryScope#nothing()}.
 */
public interface CurrentScope {

	/** Everything the caller may see. */
	TerritoryScope scope();

	/**
	 * The scope of the node with this code when the caller may see it (the caller's own scope when no code is
	 * given); a node outside the caller's scope is reported exactly like an unknown one.
	 */
	TerritoryScope within(String code);

	/** The caller's username for histories and timelines ("system" for work no user drives). */
	String actor();
}

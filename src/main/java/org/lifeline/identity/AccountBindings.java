package org.lifeline.identity;

import java.util.Optional;

import org.lifeline.territory.TerritoryScope;

/**
 * What an account of one role is bound to, kept by the module that owns it: medical knows its hospitals (hospital
 * desk accounts), supplies its suppliers (supplier accounts). Identity asks through this interface who owns the
 * hospital or supplier a desk or supplier account names, instead of reading the other module's tables.
 */
public interface AccountBindings {

	/** The role whose accounts are bound by this module. */
	Role role();

	/**
	 * The owner of what an account of this role names (its hospital code, its supplier id); empty when there is
	 * no such hospital or supplier.
	 */
	Optional<Owner> ownerOf(String hospitalCode, Long supplierId);

	/** A hospital's or supplier's owning district; a null district for the city. */
	record Owner(Long districtId) {

		/** Whether a manager with this scope owns it: the city everything, a district what lies in it. */
		public boolean within(TerritoryScope scope) {
			return scope.isEverything() || (scope.level() == TerritoryScope.Level.DISTRICT && districtId != null
					&& districtId == scope.nodeId());
		}
	}
}

package org.lifeline.identity;

/**
 * What an account of one role is bound to, kept by the module that owns it: medical knows its hospitals (hospital
 * desk accounts), supplies its suppliers (supplier accounts). Identity asks through this interface when it creates
 * such an account instead of reading the other module's tables.
 */
public interface AccountBindings {

	/** The role whose accounts are bound by this module. */
	Role role();

	/** Whether what the new account names (its hospital code, its supplier id) exists. */
	boolean exists(NewUser user);
}

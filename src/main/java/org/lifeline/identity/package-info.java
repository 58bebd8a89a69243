/**
 * Who sees what: users and their roles, each bound to what they serve (a territory node, buildings, a household,
 * a hospital, a supplier); sign-in for pages and API tokens (which may carry scopes that limit a machine client to
 * its calls, end at a set time, and rotate with a grace period); the caller's scope; masking and the audit trail of
 * personal data.
 *
 * Published for other modules:
 * - {@code CurrentUser}, {@code LifelineUser}, {@code Role}, {@code Users} and {@code PersonalDataAccess}.
 * - The read view {@code account_directory} (migration V67): an account's id, username, name shown, role and
 * whether it is enabled, never its password or sign-in state (medical reads its drivers through it).
 * - {@code AccountBindings}, implemented by the modules that keep what an account is bound to: medical for
 * hospital desks (its hospitals), supplies for supplier accounts (its suppliers). Identity asks them when it creates
 * such an account rather than reading their tables, and so depends on neither.
 * A resident account's household is checked against residents' published view {@code household_place}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
		allowedDependencies = { "shared", "territory" })
package org.lifeline.identity;

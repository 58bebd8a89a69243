/**
 * Who sees what: users and their roles, each bound to what they serve (a territory node, buildings, a household,
 * a hospital, a supplier); sign-in for pages and API tokens; the caller's scope; masking and the audit trail of
 * personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.lifeline.identity;

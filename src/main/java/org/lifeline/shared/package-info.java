/**
 * What every module uses: domain exceptions that map to problem+json answers (each may carry a message key, so
 * that {@code web.ProblemWords} says it in the reader's language), paged results, and reading and writing of
 * spreadsheets (CSV and XLSX) for imports and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package org.lifeline.shared;

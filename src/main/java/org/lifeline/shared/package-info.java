/**
 * What every module uses: domain exceptions that map to problem+json answers, paged results, and reading and
 * writing of spreadsheets (CSV and XLSX) for imports and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package org.lifeline.shared;

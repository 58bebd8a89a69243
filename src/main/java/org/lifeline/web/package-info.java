/**
 * The pages' shell: layout, navigation by role, the home page of each role, browsing the territory, language
 * switching and the error page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pages",
		allowedDependencies = { "shared", "territory", "residents", "identity", "zones", "requests", "notifications",
				"medical", "supplies", "screening", "cases", "isolation" })
package org.lifeline.web;

/**
 * The pages' shell: layout, navigation by role, the home page of each role, browsing the territory, language
 * switching and the error page. The command homes of a city, district or street read the dashboard's published
 * summaries ({@code Dashboards}) with their "as of" time instead of counting on each view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pages",
		allowedDependencies = { "shared", "territory", "residents", "identity", "zones", "requests", "notifications",
				"medical", "supplies", "screening", "cases", "isolation", "dashboard" })
package org.lifeline.web;

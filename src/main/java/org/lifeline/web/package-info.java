/**
 * The pages' shell: layout, navigation by role, the home page of each role, browsing the territory, language
 * switching and the error page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pages")
package org.lifeline.web;

/**
 * Positive cases (DESIGN §4.4): reported from a positive single-tube recheck, by a hospital or fever clinic, or
 * entered by the district; confirmed or asymptomatic (an asymptomatic case can convert); found under
 * quarantine/control or in community screening. Lifecycle: reported → awaiting transfer → in transfer →
 * admitted → discharged to home health monitoring. Also the clear-daily backlog and the daily bulletin.
 * <p>
 * Publishes {@link org.lifeline.cases.CaseReported} for every new case (zones restart the unit's clock from it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.lifeline.cases;

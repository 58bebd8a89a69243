/**
 * Positive cases (DESIGN §4.4): reported from a positive single-tube recheck, by a hospital or fever clinic, or
 * entered by the district; confirmed or asymptomatic (an asymptomatic case can convert); found under
 * quarantine/control or in community screening. Lifecycle: reported → awaiting transfer → in transfer →
 * admitted → discharged to home health monitoring. Also the clear-daily backlog and the daily bulletin.
 * <p>
 * Publishes {@link org.lifeline.cases.CaseReported} for every new case (zones restart the unit's clock from it)
 * and {@link org.lifeline.cases.CaseEscalated} when a positive has waited over 24 hours without a bed. Isolation
 * moves cases on through {@link org.lifeline.cases.CaseTransfers}. New cases exempt the person from screening
 * rounds and put the household under home quarantine through screening's own use cases. The bulletin reads zones
 * and resident counts through the read views {@code zone_unit_summary} and {@code compound_resident_count}.
 * <p>
 * Publishes the SQL read view {@code case_timeline} (migration V121: every case with its territory ids, type, how
 * found, status, report date and the times of transfer, admission with the facility and discharge) for set-based
 * readers such as the command summaries. Its positives still waiting for transfer (reported, awaiting transfer,
 * in transfer) are indexed by street (V75) and district (V176) and time reported, so a task force's board reads
 * its waiting queue, oldest first, as one index range.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "shared", "territory", "residents", "identity", "screening" })
package org.lifeline.cases;

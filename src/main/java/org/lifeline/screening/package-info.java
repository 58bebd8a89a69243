/**
 * Screening rounds with pooled PCR (DESIGN §4.2): rounds planned per compound by the zone's method, sampling
 * points with building-by-building calls, residents' signed sampling codes, tubes scanned by samplers, lab
 * results, rechecks of positive pools, antigen self-tests, and the coverage and missing lists of a round.
 * <p>
 * Publishes {@link org.lifeline.screening.PoolTestedPositive} when a pooled tube is reported positive and
 * {@link org.lifeline.screening.ResidentTestedPositive} when a single-tube recheck of a resident is positive
 * (the cases module turns it into a case).
 * <p>
 * Published read view: screening_unit_clearance (compound_id, round_date, complete, all_negative) — each
 * compound's latest round and whether it was complete and all negative; zones reads it before a downgrade.
 * Published read view: screening_unit_coverage (migration V126: compound_id, round_date, residents,
 * residents_sampled) — each compound's latest round with residents in scope and sampled, for the command summaries.
 *
 * Asks {@code CompoundZones}, implemented by zones, for the zone of the compounds a round covers, so that screening
 * does not depend on zones (zones follows from cases, cases from screening).
 * <p>
 * Offers the day's work of a volunteer's buildings to the volunteers' task list by implementing
 * {@code VolunteerTaskSource}: sampling calls (SAMPLING_CALL: done when the building is called, or failed with the
 * reason, which the committee's call page shows) and door sampling (HOME_SAMPLING: the bed-bound and home-isolated
 * residents of a round, rechecks of positive pools, positive self-tests, follow-ups and close contacts; done, or
 * failed with the reason; a tube scanned for the resident closes it too).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening",
		allowedDependencies = { "shared", "territory", "residents", "identity", "volunteers" })
package org.lifeline.screening;

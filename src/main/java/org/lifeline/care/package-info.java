/**
 * Care for vulnerable people (DESIGN §4.6, 一日一问 and 结对): every tagged resident's one-to-one contact, a
 * check-in schedule by tag that the committee may change, the day's check-in list per contact and per committee
 * (overdue first), the check-ins made with their outcome (a resident who needs something gets a request filed in
 * the same step), alerts for missed check-ins and a door visit after two unreachable check-ins in a row.
 * <p>
 * Publishes {@link org.lifeline.care.CheckInsMissed} (notifications tells the contact, later the committee).
 * Offers check-ins and door visits to the volunteers' task list by implementing
 * {@link org.lifeline.volunteers.VolunteerTaskSource}. Files requests through {@code RequestIntake.file} in the
 * same transaction as the check-in. Reads residents through the read view {@code resident_roster} and accounts
 * through {@code account_directory}.
 * <p>
 * Published read view: checkin_missed (day, compound_id, committee_id, street_id, district_id) — one row per check-in
 * of a day still not reached although due earlier or already alerted to its contact (migration V103); the command
 * summaries count it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care",
		allowedDependencies = { "shared", "territory", "residents", "identity", "requests", "volunteers" })
package org.lifeline.care;

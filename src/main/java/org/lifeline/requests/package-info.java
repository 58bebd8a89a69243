/**
 * Requests (诉求): what residents need, filed from every channel (resident, hotline, committee, API and Open311),
 * triaged, routed to the committee of the resident's compound, worked to done against service levels, and
 * escalated when a deadline passes.
 *
 * Publishes the SQL read view {@code request_timeline} (migration V122: every request with its territory ids,
 * category, status, deadlines and the times it was filed, acknowledged, resolved and closed) for set-based readers
 * such as the command summaries. Its requests not yet resolved are indexed by district and street and time filed
 * (V176), so a task force's board reads its open queue, oldest first, as one index range.
 *
 * Says what happened by events ({@code EmergencyFiled}, {@code RequestAssigned}, {@code RequestEscalated}), which
 * notifications turns into alerts. Reads residents through {@code ResidentRegistry.byIds} (one query for a whole
 * intake round).
 *
 * Writes by other modules, by use-case calls rather than events (DESIGN §5 exceptions):
 * - Medical files medical requests and failed medicine drops through {@code RequestIntake.file}; the caller keeps
 * the new request's id in its own transaction.
 * - Medical puts the steps of a trip a request ordered on the request's timeline, and resolves the request when
 * the trip reaches home or a ward, through {@code RequestWork.answeredElsewhere}.
 *
 * Publishes {@code MedicalHotline}, the interface through which the hotline page files a caller's medical need
 * routed; medical access implements it, so requests never depends on medical.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
		allowedDependencies = { "shared", "territory", "residents", "identity" })
package org.lifeline.requests;

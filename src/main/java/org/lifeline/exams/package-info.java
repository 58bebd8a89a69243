/**
 * Exam students (一人一策): a student tagged with an exam has a plan with a quiet place to study, a teacher to
 * call and the exam days with their sites; the plan is tracked as an EXAM request, and on an exam day a closed-loop
 * trip (点对点闭环) goes to the exam site and back through medical's transfers as a trip of its own kind.
 *
 * Publishes no events and no views. Reads residents through {@code ResidentRegistry}, files the EXAM request
 * through {@code RequestIntake.file} (the plan keeps its id) and orders trips through
 * {@code Transfers.requestSiteTrip}; the trip closing its loop resolves the request there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exam students",
		allowedDependencies = { "shared", "territory", "residents", "identity", "requests", "medical" })
package org.lifeline.exams;

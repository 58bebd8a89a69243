package org.lifeline.requests;

/** What a work step may carry from the request page: the assignee, the note of a resolution, a reason to reopen. */
record StepForm(String assignee, String note, String reason) {
}

package org.lifeline.medical.filing;

import java.time.Instant;

import org.lifeline.medical.PatientNeeds;

/**
 * A medical request as the API and pages take it: for a resident, the need, whether it is critical, optionally
 * what the caller said, when the patient is ready, what they need on the way and who escorts them.
 */
public record MedicalRequestForm(Long residentId, String need, Boolean critical, String description,
		Instant readyAt, Boolean wheelchair, Boolean stretcher, Boolean companion, Boolean oxygen, String escort) {

	PatientNeeds needs() {
		return new PatientNeeds(Boolean.TRUE.equals(wheelchair), Boolean.TRUE.equals(stretcher),
				Boolean.TRUE.equals(companion), Boolean.TRUE.equals(oxygen));
	}
}

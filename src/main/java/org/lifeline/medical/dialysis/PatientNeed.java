package org.lifeline.medical.dialysis;

/** What a patient needs on the trip. */
public enum PatientNeed {

	WHEELCHAIR, STRETCHER, COMPANION, OXYGEN
}

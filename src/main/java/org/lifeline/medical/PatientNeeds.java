package org.lifeline.medical;

/** What the patient needs on the way: a wheelchair, a stretcher, a companion riding along, oxygen. */
public record PatientNeeds(boolean wheelchair, boolean stretcher, boolean companion, boolean oxygen) {

	public static final PatientNeeds NONE = new PatientNeeds(false, false, false, false);

	/** Seats taken in the vehicle: the patient, a companion and an escort. */
	public int seats(boolean escorted) {
		return 1 + (companion ? 1 : 0) + (escorted ? 1 : 0);
	}

	/** Whether a vehicle of this type can carry the patient. */
	public boolean fitIn(VehicleType type) {
		if (stretcher || oxygen) {
			return type == VehicleType.AMBULANCE;
		}
		if (wheelchair) {
			return type == VehicleType.WHEELCHAIR_VAN || type == VehicleType.AMBULANCE;
		}
		return true;
	}
}

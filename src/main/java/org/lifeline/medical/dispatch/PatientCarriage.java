package org.lifeline.medical.dispatch;

import java.util.EnumSet;
import java.util.Set;

import org.lifeline.medical.VehicleType;

/**
 * How the patient travels, which decides the vehicle: a wheelchair needs a wheelchair van, a stretcher or oxygen an
 * ambulance, a seated patient any vehicle with enough seats.
 */
public enum PatientCarriage {

	SEATED(EnumSet.allOf(VehicleType.class)),
	WHEELCHAIR(EnumSet.of(VehicleType.WHEELCHAIR_VAN)),
	STRETCHER(EnumSet.of(VehicleType.AMBULANCE)),
	OXYGEN(EnumSet.of(VehicleType.AMBULANCE));

	private final Set<VehicleType> vehicles;

	PatientCarriage(Set<VehicleType> vehicles) {
		this.vehicles = vehicles;
	}

	/** Whether a vehicle of this type can carry the patient. */
	public boolean carriedBy(VehicleType type) {
		return vehicles.contains(type);
	}

	/** From the patient's needs on a trip: a stretcher wins over oxygen, oxygen over a wheelchair. */
	public static PatientCarriage of(boolean wheelchair, boolean stretcher, boolean oxygen) {
		return stretcher ? STRETCHER : oxygen ? OXYGEN : wheelchair ? WHEELCHAIR : SEATED;
	}
}

package org.lifeline.medical.dispatch;

/** The kinds of task-force vehicle, as the fleet register names them. */
public enum VehicleType {
	SEDAN, VAN, WHEELCHAIR_VAN, AMBULANCE
}

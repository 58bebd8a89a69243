package org.lifeline.medical;

/** The kinds of vehicle in a task force's fleet. */
public enum VehicleType {

	SEDAN, VAN, WHEELCHAIR_VAN, AMBULANCE
}

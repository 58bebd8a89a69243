package org.lifeline.medical.dispatch;

/** Why a trip is left out of a plan; the dispatcher needs another vehicle, another shift or a manual decision. */
public enum UnassignedReason {
	/** No vehicle on shift is of the right type with enough seats. */
	NO_FITTING_VEHICLE,
	/** The vehicle the trip is pinned to is not on shift or cannot carry this patient. */
	PINNED_VEHICLE_UNAVAILABLE,
	/** No fitting vehicle can deliver the patient before its shift ends. */
	NO_TIME_BEFORE_SHIFT_END
}

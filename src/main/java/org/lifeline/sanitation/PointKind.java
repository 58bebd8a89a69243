package org.lifeline.sanitation;

/** The key points of a building that are disinfected, in the order a round walks them. */
public enum PointKind {
	ELEVATOR, CORRIDOR, STAIR_HANDRAIL, DOOR_HANDLES, GARBAGE_POINT, PARCEL_RACK
}

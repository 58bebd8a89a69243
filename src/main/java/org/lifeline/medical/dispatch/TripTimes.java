package org.lifeline.medical.dispatch;

/**
 * The fixed times of one trip, worked out once before planning, in seconds from the moment of planning: the
 * earliest pick-up, the ride from arrival at the door to the end of the handover at the hospital, and the drive to
 * the door from each hospital and from where each vehicle stands.
 */
final class TripTimes {

	private final long earliest;

	private final long ride;

	private final int hospital;

	private final long[] fromHospital;

	private final long[] fromVehicle;

	TripTimes(long earliest, long ride, int hospital, long[] fromHospital, long[] fromVehicle) {
		this.earliest = earliest;
		this.ride = ride;
		this.hospital = hospital;
		this.fromHospital = fromHospital;
		this.fromVehicle = fromVehicle;
	}

	long earliest() {
		return earliest;
	}

	/** The pick-up when this is the vehicle's first trip: it drives over from where it is free. */
	long pickUpAfterStart(PlannedVehicle vehicle) {
		return Math.max(earliest, vehicle.available() + fromVehicle[vehicle.index()]);
	}

	/** The pick-up after the vehicle delivered the previous trip and drove over from that hospital. */
	long pickUpAfter(TripTimes previous, long previousPickUp) {
		return Math.max(earliest, previous.delivered(previousPickUp) + fromHospital[previous.hospital]);
	}

	/** The drive to the door when this is the vehicle's first trip. */
	long approachFromStart(PlannedVehicle vehicle) {
		return fromVehicle[vehicle.index()];
	}

	/** The drive to the door from where the previous trip ended. */
	long approachAfter(TripTimes previous) {
		return fromHospital[previous.hospital];
	}

	/** When the handover at the hospital is done and the vehicle is free again. */
	long delivered(long pickUp) {
		return pickUp + ride;
	}
}

package org.lifeline.medical.dispatch;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a plan. Hard: the vehicle fits the patient and the seats, the patient is delivered before the shift
 * ends, a pinned trip stays on its vehicle. Medium: leave as few trips out as possible, the urgent ones last.
 * Soft: the least priority-weighted waiting past each earliest pick-up.
 */
public class DispatchConstraints implements ConstraintProvider {

	static final String FITS = "vehicle fits the patient and seats";

	static final String SHIFT_END = "delivered before the shift ends";

	static final String PINNED = "pinned trip stays on its vehicle";

	static final String UNASSIGNED = "every trip planned";

	static final String WAIT = "priority-weighted wait";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { fitsVehicle(factory), deliveredBeforeShiftEnd(factory), pinnedStaysOnVehicle(factory),
				everyTripPlanned(factory), weightedWait(factory) };
	}

	Constraint fitsVehicle(ConstraintFactory factory) {
		return factory.forEach(PlannedTrip.class)
			.filter(trip -> !trip.fitsItsVehicle())
			.penalize(HardMediumSoftLongScore.ONE_HARD)
			.asConstraint(FITS);
	}

	Constraint deliveredBeforeShiftEnd(ConstraintFactory factory) {
		return factory.forEach(PlannedTrip.class)
			.filter(trip -> trip.overtimeSeconds() > 0)
			.penalizeLong(HardMediumSoftLongScore.ONE_HARD, PlannedTrip::overtimeSeconds)
			.asConstraint(SHIFT_END);
	}

	Constraint pinnedStaysOnVehicle(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(PlannedTrip.class)
			.filter(PlannedTrip::offItsPin)
			.penalizeLong(HardMediumSoftLongScore.ONE_HARD, trip -> 3600)
			.asConstraint(PINNED);
	}

	Constraint everyTripPlanned(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(PlannedTrip.class)
			.filter(trip -> trip.getVehicle() == null)
			.penalize(HardMediumSoftLongScore.ONE_MEDIUM, PlannedTrip::priority)
			.asConstraint(UNASSIGNED);
	}

	Constraint weightedWait(ConstraintFactory factory) {
		return factory.forEach(PlannedTrip.class)
			.filter(trip -> trip.waitSeconds() > 0)
			.penalizeLong(HardMediumSoftLongScore.ONE_SOFT, PlannedTrip::weightedWait)
			.asConstraint(WAIT);
	}
}

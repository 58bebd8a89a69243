package org.lifeline.medical.trips;

import java.util.List;

import org.lifeline.medical.TripStatus;
import org.springframework.stereotype.Component;

/** The one-tap steps each role's page offers for a trip in a status. */
@Component("medicalSteps")
public class MedicalSteps {

	/** The driver drives: sets off, picks up, arrives, brings home. */
	public List<TripStatus> forDriver(TripStatus status) {
		return switch (status) {
			case ASSIGNED -> List.of(TripStatus.EN_ROUTE);
			case EN_ROUTE -> List.of(TripStatus.PICKED_UP);
			case PICKED_UP -> List.of(TripStatus.AT_HOSPITAL);
			case RETURNING -> List.of(TripStatus.HOME);
			default -> List.of();
		};
	}

	/** The hospital desk confirms arrival, then hands the patient back or admits them. */
	public List<TripStatus> forDesk(TripStatus status) {
		return switch (status) {
			case PICKED_UP -> List.of(TripStatus.AT_HOSPITAL);
			case AT_HOSPITAL -> List.of(TripStatus.RETURNING, TripStatus.ADMITTED);
			default -> List.of();
		};
	}
}

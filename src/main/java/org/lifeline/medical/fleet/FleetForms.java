package org.lifeline.medical.fleet;

import java.time.Instant;
import java.time.LocalDateTime;

import org.lifeline.medical.Boards;
import org.lifeline.shared.InvalidInputException;

/** The forms of the fleet and hospital pages, each as typed; the use cases check what is missing or wrong. */
public final class FleetForms {

	private FleetForms() {
	}

	/** The vehicle a trip is given to. */
	record AssignForm(Long vehicleId) {
	}

	/** The hospital a trip is sent to instead. */
	record RerouteForm(String hospitalCode) {
	}

	/** A driver's shift on a vehicle: local Shanghai times as a datetime-local field sends them, the driver by username. */
	record ShiftForm(String driver, String startsAt, String endsAt) {

		Instant start() {
			return local(startsAt, "startsAt");
		}

		Instant end() {
			return local(endsAt, "endsAt");
		}

		private static Instant local(String text, String field) {
			try {
				return LocalDateTime.parse(text).atZone(Boards.SHANGHAI).toInstant();
			}
			catch (RuntimeException e) {
				throw new InvalidInputException(field, field + " must be a date and time", "problem.medical.dateTime", field);
			}
		}
	}

	/** A vehicle's new status (AVAILABLE, OFF_DUTY...). */
	record StatusForm(String status) {
	}

	/** A hospital's free dialysis slots and obstetric beds. */
	record CapacityForm(Integer dialysisSlots, Integer obstetricBeds) {
	}

	/** A hospital opened or closed, with the reason for a closing. */
	public record OpeningForm(Boolean open, String reason) {

		public boolean opens() {
			if (open == null) {
				throw new InvalidInputException("open", "say whether the hospital opens or closes",
						"problem.medical.openOrClose");
			}
			return open;
		}
	}
}

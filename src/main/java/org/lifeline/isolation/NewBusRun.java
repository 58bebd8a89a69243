package org.lifeline.isolation;

import java.util.List;

/**
 * A transfer bus run to plan: the facility it takes its cases to, seats, the escort's name, a vehicle of the
 * fleet (by id) or a plate typed in, the driver (username, optional) and the cases (held at that facility).
 */
public record NewBusRun(String facilityCode, Integer seats, String escortName, Long vehicleId, String plate,
		String driver, List<Long> caseIds) {
}

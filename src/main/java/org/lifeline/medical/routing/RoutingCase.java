package org.lifeline.medical.routing;

import java.time.LocalDate;

import org.lifeline.medical.Need;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.zones.Zone;

/** What routing looks at: the need, whether it is critical, the compound's zone and district, the profile. */
record RoutingCase(Need need, boolean critical, Zone zone, MedicalProfile profile, LocalDate today, long districtId,
		double lat, double lon) {
}

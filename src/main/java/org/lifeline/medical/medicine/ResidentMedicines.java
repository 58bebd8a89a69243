package org.lifeline.medical.medicine;

import java.util.List;

/** A resident and their long-term medicines. */
public record ResidentMedicines(long residentId, String name, String buildingCode, String room,
		List<MedicineItem> medicines) {
}

package org.lifeline.medical.medicine;

import java.time.Instant;

/** One medicine for one resident. */
final class BatchLine {

	final long id;

	final long residentId;

	final long householdId;

	final String medicine;

	final int quantity;

	LineStatus status;

	String hospitalNote;

	String preparedBy;

	Instant preparedAt;

	BatchLine(long id, long residentId, long householdId, String medicine, int quantity, LineStatus status) {
		this.id = id;
		this.residentId = residentId;
		this.householdId = householdId;
		this.medicine = medicine;
		this.quantity = quantity;
		this.status = status;
	}
}

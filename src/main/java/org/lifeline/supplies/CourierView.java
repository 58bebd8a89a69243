package org.lifeline.supplies;

import java.time.Instant;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/** A supplier's courier with the state of the entry pass right now ({@code passProblem} null when valid). */
public record CourierView(long id, long supplierId, String name, @PersonalData(Kind.CONTACT_PHONE) String phone,
		Instant pcrNegativeAt, Instant antigenNegativeAt, boolean passValid, String passProblem) {
}

package org.lifeline.supplies;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/** A row of a group-buy export whose address matched no household of the compound, waiting for a clerk. */
public record UnmatchedRow(long id, long groupBuyId, String teamNo, String product, int quantity, String recipient,
		@PersonalData(Kind.PHONE) String phone, String address, String remark) {
}

package org.lifeline.supplies;

import java.time.LocalDate;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/** An approved supplier (保供企业) on the whitelist; {@code approved} while its certificate is valid today. */
public record SupplierView(long id, String name, String certificateNo, LocalDate validUntil, boolean approved,
		String contactName, @PersonalData(Kind.CONTACT_PHONE) String contactPhone) {
}

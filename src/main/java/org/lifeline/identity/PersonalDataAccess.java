package org.lifeline.identity;

import java.util.EnumSet;

import org.lifeline.shared.personal.Disclosure;
import org.lifeline.shared.personal.PersonalData;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The explicit, audited way to see personal data unmasked: revealing one person's record, or exporting.
 */
@Service
public class PersonalDataAccess {

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	PersonalDataAccess(AuditTrail audit, CurrentUser currentUser) {
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * Unmasks the personal data of one subject for the rest of this request and leaves an audit entry. Call it
	 * only after the subject was found within the caller's scope.
	 */
	public void reveal(String subjectType, String subjectId, Long districtId, String reason) {
		requireResidentWork();
		audit.record("REVEAL", subjectType, subjectId, districtId, "idNumber,phone", reasonOrNone(reason));
		Disclosure.allow(EnumSet.allOf(PersonalData.Kind.class));
	}

	/** Records an export of personal data over a node; exports carry unmasked data for the caller's scope. */
	public void export(String what, String territoryCode, Long districtId, String reason) {
		requireResidentWork();
		audit.record("EXPORT", what, territoryCode, districtId, "idNumber,phone", reasonOrNone(reason));
		Disclosure.allow(EnumSet.allOf(PersonalData.Kind.class));
	}

	private void requireResidentWork() {
		if (currentUser.get().map(u -> !u.role().worksWithResidents()).orElse(true)) {
			throw new AccessDeniedException("this role does not work with residents' records");
		}
	}

	private static String reasonOrNone(String reason) {
		return reason == null || reason.isBlank() ? "(no reason given)" : reason;
	}
}

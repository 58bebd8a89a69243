package org.lifeline.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.personal.Disclosure;
import org.lifeline.shared.personal.PersonalData;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The explicit, audited way to see personal data unmasked: revealing one person's record, or exporting.
 */
@Service
public class PersonalDataAccess {

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Territory territory;

	PersonalDataAccess(AuditTrail audit, CurrentUser currentUser, Territory territory) {
		this.audit = audit;
		this.currentUser = currentUser;
		this.territory = territory;
	}

	/**
	 * Unmasks the personal data of one subject for the rest of this request and leaves an audit entry. Call it
	 * only after the subject was found within the caller's scope.
	 */
	public void reveal(String subjectType, String subjectId, Long districtId, String reason) {
		requireResidentWork();
		String stated = requireReason(reason);
		audit.record("REVEAL", subjectType, subjectId, districtId, "idNumber,phone", stated);
		Disclosure.allow(EnumSet.allOf(PersonalData.Kind.class));
	}

	/**
	 * Records an export of personal data over a node; exports carry unmasked data for the caller's scope. Without
	 * a district (an export over a volunteer's buildings, say) the entry goes to each district the caller's
	 * scope lies in, so district command sees every export of its residents.
	 */
	public void export(String what, String territoryCode, Long districtId, String reason) {
		requireResidentWork();
		String stated = requireReason(reason);
		Set<Long> districts = districtId != null ? Set.of(districtId) : districtsOfCaller();
		if (districts.isEmpty()) {
			audit.record("EXPORT", what, territoryCode, null, "idNumber,phone", stated);
		}
		districts.forEach(d -> audit.record("EXPORT", what, territoryCode, d, "idNumber,phone", stated));
		Disclosure.allow(EnumSet.allOf(PersonalData.Kind.class));
	}

	/**
	 * Shows residents' phone numbers where the work is calling them (a committee's request, a volunteer's doors, a
	 * driver's patient, a street's emergency alert): phones are unmasked for the rest of this request and the view
	 * leaves an audit entry naming what was shown and why. Roles whose work is not calling residents are refused.
	 */
	public void disclosePhones(String subjectType, String subjectId, Long districtId, String purpose) {
		if (currentUser.get().map(u -> !u.role().worksWithResidents() && u.role() != Role.DRIVER).orElse(true)) {
			throw new AccessDeniedException("this role does not call residents");
		}
		audit.record("DISCLOSE", subjectType, subjectId, districtId, "phone", requireReason(purpose));
		Disclosure.allow(EnumSet.of(PersonalData.Kind.PHONE));
	}

	private void requireResidentWork() {
		if (currentUser.get().map(u -> !u.role().worksWithResidents()).orElse(true)) {
			throw new AccessDeniedException("this role does not work with residents' records");
		}
	}

	/** The districts of the nodes the caller's scope is made of (none for the city: it reads every entry). */
	private Set<Long> districtsOfCaller() {
		TerritoryScope scope = currentUser.scope();
		if (scope.isEverything() || scope.level() == TerritoryScope.Level.NOTHING
				|| scope.level() == TerritoryScope.Level.HOUSEHOLD) {
			return Set.of();
		}
		Set<Long> districts = new TreeSet<>();
		scope.ids().forEach(id -> territory.findById(id).map(TerritoryNode::districtId).ifPresent(districts::add));
		return districts;
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason",
					"reason is required: say why you need the personal data (it is kept in the audit log)",
					"problem.identity.reasonRequired");
		}
		return reason.trim();
	}
}

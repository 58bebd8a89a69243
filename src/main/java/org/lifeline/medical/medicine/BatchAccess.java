package org.lifeline.medical.medicine;

import java.util.stream.Collectors;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.territory.TerritoryScope;

/**
 * Which medicine batches, and which of their lines, a caller sees, as SQL conditions: a hospital desk its
 * hospital's batches, committee and task forces the batches of their territory, a volunteer the lines and doors
 * of their own buildings. Ids and codes come from the signed-in user's record, never from the request.
 */
record BatchAccess(String batches, String lines, Role role) {

	static BatchAccess of(LifelineUser user, TerritoryScope scope) {
		if (user.role() == Role.HOSPITAL_DESK) {
			String code = user.hospitalCode() == null ? null : user.hospitalCode().replace("'", "''");
			return new BatchAccess(code == null ? "false" : "b.hospital_code = '" + code + "'", "true", user.role());
		}
		return of(scope, user.role());
	}

	/** Access by territory (system work passes {@link TerritoryScope#everything()}). */
	static BatchAccess of(TerritoryScope scope, Role role) {
		return switch (scope.level()) {
			case BUILDING -> {
				String ids = scope.ids().stream().map(String::valueOf).collect(Collectors.joining(", "));
				yield new BatchAccess("exists (select 1 from medicine_drop x where x.batch_id = b.id and x.building_id in ("
						+ ids + "))", "building_id in (" + ids + ")", role);
			}
			case HOUSEHOLD, NOTHING -> new BatchAccess("false", "false", role);
			default -> new BatchAccess(scope.condition("b"), "true", role);
		};
	}

	/** The line condition over a table alias holding building_id. */
	String lines(String alias) {
		return "true".equals(lines) || "false".equals(lines) ? lines : alias + "." + lines;
	}

	boolean isHospital() {
		return role == Role.HOSPITAL_DESK;
	}

	boolean isVolunteer() {
		return role == Role.VOLUNTEER;
	}
}

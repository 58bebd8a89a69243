package org.lifeline.care;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The followed residents as care sees them, read from residents' view {@code resident_roster}. */
@Component
class CareRoster {

	private final JdbcClient jdbc;

	CareRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A tagged resident the scope may see. Unknown or outside the scope: not found; not tagged: refused naming
	 * {@code residentId}, as nobody is followed who is not on the vulnerable list.
	 */
	Followed followed(Long residentId, TerritoryScope scope) {
		if (residentId == null) {
			throw InvalidInputException.required("residentId");
		}
		Followed found = jdbc.sql("select resident_id, name, district_id, committee_id, building_id, room, tags, building_code "
				+ "from resident_roster r where r.resident_id = :id and " + scope.condition("r"))
			.param("id", residentId)
			.query((rs, n) -> new Followed(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getString(8), rs.getString(6), tags(rs.getArray(7))))
			.optional()
			.orElseThrow(() -> new NotFoundException("resident", residentId));
		if (found.tags().isEmpty()) {
			throw new InvalidInputException("residentId",
					"resident " + residentId + " is not on the vulnerable list: no check-ins are kept for them",
					"problem.care.notFollowed", String.valueOf(residentId));
		}
		return found;
	}

	private static List<VulnerabilityTag> tags(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(VulnerabilityTag::valueOf).toList();
	}

	/** A tagged resident: who, where, and why they are followed. */
	record Followed(long residentId, String name, long districtId, long committeeId, long buildingId,
			String buildingCode, String room,
			List<VulnerabilityTag> tags) {
	}
}

package org.lifeline.residents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.lifeline.shared.spreadsheet.TabularWriter;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Streams the residents of a scope from the database in the import layout, a fetch-size batch at a time; must run
 * inside a transaction so PostgreSQL uses a cursor.
 */
@Repository
class ResidentExportRows {

	private static final int FETCH_SIZE = 2000;

	private static final String SELECT = """
			select c.code as compound_code, b.code as building_code, b.name as building_name, h.room, r.name,
			       r.id_type, r.id_number, r.phone, r.birth_date, r.sex, r.tags
			from resident r
			join household h on h.id = r.household_id
			join territory_placement b on b.id = r.building_id
			join territory_placement c on c.id = r.compound_id
			where %s
			order by r.compound_id, r.building_id, h.room, r.id""";

	private final JdbcClient jdbc;

	ResidentExportRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(TerritoryScope scope, TabularWriter out) {
		jdbc.sql(SELECT.formatted(scope.condition("r")))
			.param("scopeId", scope.nodeId())
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				try {
					out.row(cells(rs));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
	}

	private static List<String> cells(ResultSet rs) throws SQLException {
		String compound = rs.getString("compound_code");
		String tags = ResidentRepository.strings(rs.getArray("tags"))
			.stream()
			.map(VulnerabilityTag::valueOf)
			.sorted()
			.map(VulnerabilityTag::chinese)
			.collect(Collectors.joining("、"));
		return List.of(compound, buildingNumber(compound, rs.getString("building_code"), rs.getString("building_name")),
				rs.getString("room"), rs.getString("name"), IdDocumentType.valueOf(rs.getString("id_type")).chinese(),
				rs.getString("id_number"), rs.getString("phone") == null ? "" : rs.getString("phone"),
				rs.getObject("birth_date", LocalDate.class).toString(), Sex.valueOf(rs.getString("sex")).chinese(), tags);
	}

	/** The building number an import would turn back into this building's code. */
	static String buildingNumber(String compoundCode, String buildingCode, String buildingName) {
		String prefix = compoundCode + "-B";
		if (buildingCode.startsWith(prefix)) {
			return buildingCode.substring(prefix.length());
		}
		String number = buildingName.replaceFirst("(号楼|号|栋|幢)$", "");
		return number.matches("[A-Za-z0-9-]{1,8}") ? number : buildingCode;
	}
}

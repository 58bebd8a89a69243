package org.lifeline.residents;

import java.util.List;

import javax.sql.DataSource;

import org.lifeline.shared.spreadsheet.ImportReport.Rejection;
import org.lifeline.shared.staging.StagingFile;
import org.lifeline.territory.NewBuilding;
import org.lifeline.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based half of a resident import: the rows are copied into a temporary staging table, checked for
 * ID numbers given twice or already registered, and merged into buildings (through the territory's
 * {@link Territory#addBuildings}, one statement for all of them), households and residents with one INSERT … SELECT
 * each. Runs inside the caller's transaction; the staging table is dropped on commit.
 */
@Repository
class ResidentImportStaging {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Territory territory;

	ResidentImportStaging(JdbcClient jdbc, DataSource dataSource, Territory territory) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.territory = territory;
	}

	void load(StagingFile rows) {
		jdbc.sql("""
				create temporary table resident_import (
				    line bigint not null, compound_id bigint, building_code text, building_name text, room text,
				    name text, id_type text, id_number text, phone text, birth_date date, sex text, tags text[]
				) on commit drop""").update();
		rows.copy(dataSource, "copy resident_import (line, compound_id, building_code, building_name, room, name, "
				+ "id_type, id_number, phone, birth_date, sex, tags) from stdin");
		jdbc.sql("analyze resident_import").update();
	}

	/**
	 * Rows whose document is given on an earlier line of the file or is already registered. Whose number it is
	 * and where they live is never said: the file's author may be outside that resident's territory.
	 */
	List<Rejection> duplicates(String column) {
		return jdbc.sql("""
				select s.line, r.id is not null as registered, s.first_line
				from (select line, id_type, id_number,
				             min(line) over (partition by id_type, id_number) as first_line
				      from resident_import
				      where id_type is not null and id_number <> '') s
				left join resident r on r.id_type = s.id_type and r.id_number = s.id_number
				where r.id is not null or s.line > s.first_line
				order by s.line""")
			.query((rs, n) -> rs.getBoolean(2)
					? Rejection.said(rs.getLong(1), column, "already registered: this ID number is on record for a "
							+ "resident elsewhere; if the person has moved, their district command can move them",
							"problem.residents.import.registered")
					: Rejection.said(rs.getLong(1), column, "the same ID number is already on line " + rs.getLong(3)
							+ " of this file", "problem.residents.import.repeatedId", String.valueOf(rs.getLong(3))))
			.list();
	}

	/** Creates missing buildings and households, then the residents; answers the residents added. */
	long merge() {
		territory.addBuildings(jdbc.sql("""
				select building_code, min(building_name), min(compound_id)
				from resident_import
				where compound_id is not null
				group by building_code
				order by building_code""")
			.query((rs, n) -> new NewBuilding(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list());
		jdbc.sql("""
				insert into household (building_id, compound_id, committee_id, street_id, district_id, room)
				select distinct b.id, b.compound_id, b.committee_id, b.street_id, b.district_id, s.room
				from resident_import s
				join territory_placement b on b.code = s.building_code and b.kind = 'BUILDING'
				on conflict (building_id, room) do nothing""").update();
		return jdbc.sql("""
				insert into resident (household_id, building_id, compound_id, committee_id, street_id, district_id,
				    name, id_type, id_number, phone, birth_date, sex, tags)
				select h.id, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id,
				       s.name, s.id_type, s.id_number, s.phone, s.birth_date, s.sex, s.tags
				from resident_import s
				join territory_placement b on b.code = s.building_code and b.kind = 'BUILDING'
				join household h on h.building_id = b.id and h.room = s.room
				order by s.line""").update();
	}
}

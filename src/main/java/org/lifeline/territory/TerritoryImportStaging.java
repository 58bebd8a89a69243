package org.lifeline.territory;

import java.util.List;

import javax.sql.DataSource;

import org.lifeline.shared.spreadsheet.ImportReport.Rejection;
import org.lifeline.shared.staging.StagingFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based half of a territory import: accepted rows are copied into a temporary staging table, checked for
 * codes already registered, and inserted level by level (city first, buildings last) with one INSERT … SELECT per
 * level, each node taking its id from the sequence and its ancestors' ids from its parent.
 */
@Repository
class TerritoryImportStaging {

	private static final String INSERT_LEVEL = """
			insert into territory_node (id, code, kind, name, parent_id, district_id, street_id, committee_id,
			    compound_id, address, lat, lon)
			select x.id, x.code, x.kind, x.name, x.parent_id,
			       case when x.kind = 'DISTRICT' then x.id else x.district_id end,
			       case when x.kind = 'STREET' then x.id else x.street_id end,
			       case when x.kind = 'COMMITTEE' then x.id else x.committee_id end,
			       case when x.kind = 'COMPOUND' then x.id else x.compound_id end,
			       x.address, x.lat, x.lon
			from (select nextval('territory_node_id_seq') as id, s.code, s.kind, s.name, p.id as parent_id,
			             p.district_id, p.street_id, p.committee_id, p.compound_id, s.address, s.lat, s.lon
			      from territory_import s
			      left join territory_node p on p.code = s.parent_code
			      where s.kind = :kind
			      order by s.line) x""";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	TerritoryImportStaging(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	void load(StagingFile rows) {
		jdbc.sql("""
				create temporary table territory_import (
				    line bigint not null, code varchar(40) not null, kind varchar(12) not null,
				    name varchar(100) not null, parent_code varchar(40), address varchar(200),
				    lat double precision, lon double precision
				) on commit drop""").update();
		rows.copy(dataSource,
				"copy territory_import (line, code, kind, name, parent_code, address, lat, lon) from stdin");
		jdbc.sql("analyze territory_import").update();
	}

	/** Rows whose code is already taken by a registered node. */
	List<Rejection> alreadyRegistered(String column) {
		return jdbc.sql("""
				select s.line, s.code, n.kind, n.name
				from territory_import s
				join territory_node n on n.code = s.code
				order by s.line""")
			.query((rs, i) -> Rejection.said(rs.getLong(1), column, "already registered: the code " + rs.getString(2)
					+ " belongs to the " + rs.getString(3).toLowerCase() + " " + rs.getString(4),
					"problem.territory.import.codeTaken", rs.getString(2),
					TerritoryKind.valueOf(rs.getString(3)).words(),
					rs.getString(4)))
			.list();
	}

	/** Inserts the staged nodes, parents before children; answers the nodes added. */
	long merge() {
		long added = 0;
		for (TerritoryKind kind : TerritoryKind.values()) {
			added += jdbc.sql(INSERT_LEVEL).param("kind", kind.name()).update();
		}
		return added;
	}
}

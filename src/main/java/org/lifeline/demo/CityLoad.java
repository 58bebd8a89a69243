package org.lifeline.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.demo.CityPlan.District;
import org.lifeline.demo.GenerationReport.TableLoad;
import org.lifeline.demo.HospitalPlan.Hospital;
import org.lifeline.residents.ResidentTally;
import org.lifeline.shared.ConflictException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One generation run on one connection inside the caller's transaction: checks the database is empty, reserves id
 * blocks from the tables' sequences, and copies table after table. Above the small scale it sets the secondary
 * indexes and constraints of territory nodes, households and residents aside while copying and builds them back at
 * the end, which makes the copy several times faster than maintaining nine indexes row by row.
 */
final class CityLoad {

	private static final long LOCK_KEY = 310_000_2022L;

	private final Connection connection;

	private final CityPlan plan;

	private final LocalDate today;

	private final CopyManager copy;

	private final List<TableLoad> tables = new ArrayList<>();

	CityLoad(Connection connection, CityPlan plan, LocalDate today) throws SQLException {
		this.connection = connection;
		this.plan = plan;
		this.today = today;
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	GenerationReport run() throws SQLException {
		long start = System.nanoTime();
		lockAndCheckEmpty();
		List<IndexSuspension> suspended = new ArrayList<>();
		if (plan.scale() != DemoScale.SMALL) {
			execute("set local maintenance_work_mem = '1GB'");
			for (String table : List.of("territory_node", "household", "resident")) {
				suspended.add(IndexSuspension.suspend(connection, table));
			}
		}
		long territory = reserve("territory_node_id_seq", plan.nodes());
		Map<String, List<Hospital>> hospitals = hospitals();
		timed("territory_node", () -> new TerritoryRows(plan, territory).write(copy));
		timed("hospital", () -> HospitalRows.write(copy, plan, territory, hospitals));
		timed("vehicle", () -> VehicleRows.write(copy, plan, territory));
		if (isEmpty("supplier")) {
			timed("supplier", () -> SupplierRows.write(copy, plan.seed(), today));
		}
		long household = reserve("household_id_seq", plan.households());
		HouseholdRows households = new HouseholdRows(plan, territory, household);
		timed("household", () -> households.write(copy));
		long resident = reserve("resident_id_seq", households.people());
		ResidentRows.Ids ids = new ResidentRows.Ids(territory, household, resident);
		ResidentTally.suspend(connection);
		timed("resident", () -> new ResidentRows(plan, ids, today, hospitals).write(copy));
		long finish = System.nanoTime();
		ResidentTally.resume(connection);
		for (IndexSuspension suspension : suspended) {
			suspension.restore(connection);
		}
		execute("analyze territory_node, household, resident, hospital, vehicle");
		double indexSeconds = (System.nanoTime() - finish) / 1e9;
		return new GenerationReport(plan.scale(), plan.seed(), List.copyOf(tables), indexSeconds,
				(System.nanoTime() - start) / 1e9);
	}

	private Map<String, List<Hospital>> hospitals() {
		Map<String, List<Hospital>> out = new LinkedHashMap<>();
		for (District district : plan.districts()) {
			out.put(district.facts().code(),
					HospitalPlan.forDistrict(district.facts(), district.streets().size(), plan.seed()));
		}
		return out;
	}

	private void lockAndCheckEmpty() throws SQLException {
		execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
		execute("lock table territory_node, household, resident in share row exclusive mode");
		if (!isEmpty("territory_node")) {
			throw new ConflictException("the database already holds a territory; a demo city is generated only into "
					+ "an empty database", "problem.demo.cityExists");
		}
	}

	/** Takes n ids from a sequence in one step and returns the first. */
	private long reserve(String sequence, long n) throws SQLException {
		String sql = "select setval(?::regclass, nextval(?::regclass) + ? - 1)";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, sequence);
			statement.setString(2, sequence);
			statement.setLong(3, n);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1) - n + 1;
			}
		}
	}

	private boolean isEmpty(String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select not exists (select 1 from " + table + ")")) {
			rows.next();
			return rows.getBoolean(1);
		}
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private void timed(String table, TableWrite write) throws SQLException {
		long start = System.nanoTime();
		long rows = write.rows();
		tables.add(new TableLoad(table, rows, (System.nanoTime() - start) / 1e9));
	}

	/** Writes one table and answers the rows written. */
	private interface TableWrite {

		long rows() throws SQLException;
	}
}

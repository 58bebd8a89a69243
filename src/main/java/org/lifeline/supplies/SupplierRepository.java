package org.lifeline.supplies;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The whitelist, couriers, vehicle passes, packages and their stock per delivery day. */
@Repository
class SupplierRepository {

	private static final String PACKAGE = """
			select p.id, p.supplier_id, s.name as supplier_name, p.name, p.contents, p.price_fen, p.daily_stock,
			       coalesce(ps.stock, p.daily_stock) as stock_left
			from supply_package p join supplier s on s.id = p.supplier_id
			left join package_stock ps on ps.package_id = p.id and ps.delivery_day = :day
			""";

	private final JdbcClient jdbc;

	SupplierRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SupplierView> suppliers(LocalDate today) {
		return jdbc.sql("select id, name, certificate_no, valid_until, contact_name, contact_phone from supplier order by id")
			.query((rs, n) -> supplier(rs, today))
			.list();
	}

	Optional<SupplierView> supplier(long id, LocalDate today) {
		return jdbc.sql("select id, name, certificate_no, valid_until, contact_name, contact_phone from supplier where id = ?")
			.param(id)
			.query((rs, n) -> supplier(rs, today))
			.optional();
	}

	long insertSupplier(NewSupplier s, Long approvingDistrictId) {
		return jdbc.sql("""
				insert into supplier (name, certificate_no, valid_until, contact_name, contact_phone, district_id)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(s.name().trim(), s.certificateNo().trim(), s.validUntil(), s.contactName(), s.contactPhone(),
					approvingDistrictId)
			.query(Long.class)
			.single();
	}

	/** Whether the district approved the supplier (put it on the whitelist). */
	boolean approvedBy(long supplierId, long districtId) {
		return jdbc.sql("select count(*) from supplier where id = ? and district_id = ?")
			.params(supplierId, districtId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the supplier has group buys delivered to a gate matching the condition over a group_buy alias g. */
	boolean deliversWhere(long supplierId, String groupBuyCondition) {
		return jdbc.sql("select exists (select 1 from group_buy g where g.supplier_id = ? and " + groupBuyCondition + ")")
			.param(supplierId)
			.query(Boolean.class)
			.single();
	}

	boolean nameOrCertificateTaken(NewSupplier s) {
		return jdbc.sql("select count(*) from supplier where name = ? or certificate_no = ?")
			.params(s.name().trim(), s.certificateNo().trim())
			.query(Long.class)
			.single() > 0;
	}

	long insertPackage(long supplierId, NewPackage p) {
		return jdbc.sql("""
				insert into supply_package (supplier_id, name, contents, price_fen, daily_stock)
				values (?, ?, ?, ?, ?) returning id""")
			.params(supplierId, p.name(), p.contents().toArray(String[]::new), p.priceFen(), p.stock())
			.query(Long.class)
			.single();
	}

	/** Sets what is left of a package for one day (the day's row is created if missing). */
	void setStock(long packageId, LocalDate day, int stock) {
		jdbc.sql("""
				insert into package_stock (package_id, delivery_day, stock) values (?, ?, ?)
				on conflict (package_id, delivery_day) do update set stock = excluded.stock""")
			.params(packageId, day, stock)
			.update();
	}

	List<PackageView> packages(long supplierId, LocalDate day) {
		return jdbc.sql(PACKAGE + " where p.supplier_id = :supplier order by p.id")
			.param("day", day)
			.param("supplier", supplierId)
			.query(SupplierRepository::packageView)
			.list();
	}

	/** Packages of suppliers whose certificate is valid on the day, for opening group buys. */
	List<PackageView> offered(LocalDate day) {
		return jdbc.sql(PACKAGE + " where s.valid_until >= :day order by s.id, p.id limit 300")
			.param("day", day)
			.query(SupplierRepository::packageView)
			.list();
	}

	List<PackageView> packagesById(List<Long> ids, LocalDate day) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PACKAGE + " where p.id in (:ids) order by p.id")
			.param("day", day)
			.param("ids", ids)
			.query(SupplierRepository::packageView)
			.list();
	}

	long insertCourier(long supplierId, NewCourier c) {
		return jdbc.sql("""
				insert into courier (supplier_id, name, phone, pcr_negative_at, antigen_negative_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(supplierId, c.name().trim(), c.phone().trim(), ts(c.pcrNegativeAt()), ts(c.antigenNegativeAt()))
			.query(Long.class)
			.single();
	}

	/** Records a negative test; true when the courier belongs to the supplier. */
	boolean recordTest(long supplierId, long courierId, boolean pcr, Instant at) {
		String column = pcr ? "pcr_negative_at" : "antigen_negative_at";
		return jdbc.sql("update courier set " + column + " = greatest(coalesce(" + column + ", ?), ?) where id = ? and supplier_id = ?")
			.params(ts(at), ts(at), courierId, supplierId)
			.update() == 1;
	}

	List<CourierView> couriers(long supplierId, Instant now, ZoneId zone) {
		return jdbc.sql("select id, supplier_id, name, phone, pcr_negative_at, antigen_negative_at from courier where supplier_id = ? order by id")
			.param(supplierId)
			.query((rs, n) -> courier(rs, now, zone))
			.list();
	}

	Optional<CourierView> courier(long courierId, Instant now, ZoneId zone) {
		return jdbc.sql("select id, supplier_id, name, phone, pcr_negative_at, antigen_negative_at from courier where id = ?")
			.param(courierId)
			.query((rs, n) -> courier(rs, now, zone))
			.optional();
	}

	long insertVehiclePass(long supplierId, NewVehiclePass p) {
		return jdbc.sql("insert into vehicle_pass (supplier_id, plate, pass_no, valid_until) values (?, ?, ?, ?) returning id")
			.params(supplierId, p.plate().trim(), p.passNo().trim(), p.validUntil())
			.query(Long.class)
			.single();
	}

	boolean passNoTaken(String passNo) {
		return jdbc.sql("select count(*) from vehicle_pass where pass_no = ?").param(passNo.trim()).query(Long.class).single() > 0;
	}

	List<VehiclePassView> vehiclePasses(long supplierId, LocalDate today) {
		return jdbc.sql("select id, supplier_id, plate, pass_no, valid_until from vehicle_pass where supplier_id = ? order by id")
			.param(supplierId)
			.query((rs, n) -> vehiclePass(rs, today))
			.list();
	}

	Optional<VehiclePassView> vehiclePass(long id, LocalDate today) {
		return jdbc.sql("select id, supplier_id, plate, pass_no, valid_until from vehicle_pass where id = ?")
			.param(id)
			.query((rs, n) -> vehiclePass(rs, today))
			.optional();
	}

	private static VehiclePassView vehiclePass(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate until = rs.getObject("valid_until", LocalDate.class);
		return new VehiclePassView(rs.getLong("id"), rs.getLong("supplier_id"), rs.getString("plate"),
				rs.getString("pass_no"), until, !until.isBefore(today));
	}

	private static CourierView courier(ResultSet rs, Instant now, ZoneId zone) throws SQLException {
		CourierPass pass = new CourierPass(instant(rs, "pcr_negative_at"), instant(rs, "antigen_negative_at"));
		String problem = pass.problemAt(now, zone);
		return new CourierView(rs.getLong("id"), rs.getLong("supplier_id"), rs.getString("name"), rs.getString("phone"),
				pass.pcrNegativeAt(), pass.antigenNegativeAt(), problem == null, problem);
	}

	private static SupplierView supplier(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate until = rs.getObject("valid_until", LocalDate.class);
		return new SupplierView(rs.getLong("id"), rs.getString("name"), rs.getString("certificate_no"), until,
				!until.isBefore(today), rs.getString("contact_name"), rs.getString("contact_phone"));
	}

	static PackageView packageView(ResultSet rs, int n) throws SQLException {
		return new PackageView(rs.getLong("id"), rs.getLong("supplier_id"), rs.getString("supplier_name"),
				rs.getString("name"), strings(rs.getArray("contents")), rs.getInt("price_fen"), rs.getInt("daily_stock"),
				rs.getInt("stock_left"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
	}
}

package org.lifeline.supplies;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.lifeline.identity.LifelineUser;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.spreadsheet.ImportColumn;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the orders of a group-buy mini-program export (the common 快团团 layout, XLSX or CSV) into a group buy:
 * each row's address is matched to a household of the compound (building and room); matched rows become orders,
 * unmatched rows wait for a clerk to name the household. A row is known by its 跟团号 and 商品, so importing the
 * same file again changes nothing. Any rejected row (bad quantity, unknown product) saves nothing.
 */
@Service
public class OrderImport {

	static final ImportColumn TEAM_NO = new ImportColumn("team_no", "跟团号", true);

	static final ImportColumn PRODUCT = new ImportColumn("product", "商品", true);

	static final ImportColumn QUANTITY = new ImportColumn("quantity", "数量", true);

	static final ImportColumn RECIPIENT = new ImportColumn("recipient", "收货人", false);

	static final ImportColumn PHONE = new ImportColumn("phone", "联系电话", false);

	static final ImportColumn ADDRESS = new ImportColumn("address", "详细地址", true);

	static final ImportColumn REMARK = new ImportColumn("remark", "团员备注", false);

	static final List<ImportColumn> COLUMNS = List.of(TEAM_NO, PRODUCT, QUANTITY, RECIPIENT, PHONE, ADDRESS, REMARK);

	private final GroupBuys groupBuys;

	private final GroupOrders orders;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	OrderImport(GroupBuys groupBuys, GroupOrders orders, Territory territory, JdbcClient jdbc, Clock clock) {
		this.groupBuys = groupBuys;
		this.orders = orders;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public OrderImportReport run(Path file, long groupBuyId, boolean dryRun, LifelineUser caller, TerritoryScope scope) {
		GroupBuys.requireStaff(caller);
		GroupBuyView g = groupBuys.view(groupBuyId, caller, scope);
		TerritoryNode compound = territory.byCode(g.compoundCode());
		OrderImportRows reading = new OrderImportRows(g);
		reading.readFrom(file);
		long matched = 0;
		long unmatched = 0;
		long unchanged = 0;
		for (OrderImportRows.Row row : reading.rows()) {
			Optional<Long> household = household(compound, row.address());
			if (isImported(groupBuyId, row)) {
				unchanged++;
				continue;
			}
			if (household.isPresent()) {
				matched++;
			}
			else {
				unmatched++;
			}
			if (!dryRun && reading.rejected().isEmpty()) {
				save(groupBuyId, row, household, caller, scope);
			}
		}
		return new OrderImportReport(dryRun || !reading.rejected().isEmpty(), reading.rows().size(), matched, unmatched,
				unchanged, reading.rejected());
	}

	/** The rows of a group buy still waiting for a household. */
	@Transactional(readOnly = true)
	public List<UnmatchedRow> unmatched(long groupBuyId, LifelineUser caller, TerritoryScope scope) {
		GroupBuys.requireStaff(caller);
		groupBuys.view(groupBuyId, caller, scope);
		return jdbc.sql("""
				select id, group_buy_id, team_no, product, quantity, recipient, phone, address, remark
				from order_import_row where group_buy_id = ? and order_id is null order by id""")
			.param(groupBuyId)
			.query((rs, n) -> new UnmatchedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
	}

	/** A clerk names the household of an unmatched row; the order is placed at once. */
	@Transactional
	public OrderView resolve(long groupBuyId, long rowId, Long householdId, LifelineUser caller, TerritoryScope scope) {
		UnmatchedRow row = unmatched(groupBuyId, caller, scope).stream()
			.filter(r -> r.id() == rowId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unmatched import row", rowId));
		if (householdId == null) {
			throw new InvalidInputException("householdId", "name the household of this row",
					"problem.supplies.rowHousehold");
		}
		long packageId = jdbc.sql("select package_id from order_import_row where id = ?").param(rowId).query(Long.class).single();
		OrderView order = orders.place(groupBuyId, new NewOrder(householdId,
				List.of(new NewOrder.Line(packageId, row.quantity())), remarkOf(row.recipient(), row.remark())), caller,
				scope, "IMPORT", false);
		jdbc.sql("update order_import_row set order_id = ? where id = ? and order_id is null").params(order.id(), rowId).update();
		return order;
	}

	private void save(long groupBuyId, OrderImportRows.Row row, Optional<Long> household, LifelineUser caller, TerritoryScope scope) {
		Long orderId = null;
		if (household.isPresent()) {
			try {
				orderId = orders.place(groupBuyId, new NewOrder(household.get(),
						List.of(new NewOrder.Line(row.packageId(), row.quantity())), remarkOf(row.recipient(), row.remark())),
						caller, scope, "IMPORT", false).id();
			}
			catch (ConflictException e) {
				// the row's refusal is said in the reader's language inside the import's own
				throw new ConflictException("line " + row.line() + ": " + e.getMessage() + "; nothing was imported",
						"problem.supplies.importLine", String.valueOf(row.line()), e);
			}
		}
		jdbc.sql("""
				insert into order_import_row (group_buy_id, team_no, product, package_id, quantity, recipient, phone,
				    address, remark, order_id, imported_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (group_buy_id, team_no, product) do nothing""")
			.params(groupBuyId, row.teamNo(), row.product(), row.packageId(), row.quantity(), row.recipient(), row.phone(),
					row.address(), row.remark(), orderId, SupplierRepository.ts(clock.instant()))
			.update();
	}

	private boolean isImported(long groupBuyId, OrderImportRows.Row row) {
		return jdbc.sql("select count(*) from order_import_row where group_buy_id = ? and team_no = ? and product = ?")
			.params(groupBuyId, row.teamNo(), row.product())
			.query(Long.class)
			.single() > 0;
	}

	/** The household at the address's building and room in the compound. */
	private Optional<Long> household(TerritoryNode compound, String address) {
		return RoomAddress.parse(address)
			.flatMap(a -> jdbc.sql("""
					select h.id from household_place h join territory_placement b on b.id = h.building_id
					where h.compound_id = ? and b.code = ? and h.room = ?""")
				.params(compound.id(), compound.code() + "-B" + a.building(), a.room())
				.query(Long.class)
				.optional());
	}

	private static String remarkOf(String recipient, String remark) {
		String r = remark == null || remark.isBlank() ? "" : remark.trim();
		String who = recipient == null || recipient.isBlank() ? "" : recipient.trim();
		String text = who.isEmpty() ? r : r.isEmpty() ? who : who + "：" + r;
		return text.isEmpty() ? null : text.length() > 500 ? text.substring(0, 500) : text;
	}

}

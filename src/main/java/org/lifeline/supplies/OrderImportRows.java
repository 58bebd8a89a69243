package org.lifeline.supplies;

import static org.lifeline.supplies.OrderImport.ADDRESS;
import static org.lifeline.supplies.OrderImport.COLUMNS;
import static org.lifeline.supplies.OrderImport.PHONE;
import static org.lifeline.supplies.OrderImport.PRODUCT;
import static org.lifeline.supplies.OrderImport.QUANTITY;
import static org.lifeline.supplies.OrderImport.RECIPIENT;
import static org.lifeline.supplies.OrderImport.REMARK;
import static org.lifeline.supplies.OrderImport.TEAM_NO;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.lifeline.shared.spreadsheet.ImportColumn;
import org.lifeline.shared.spreadsheet.ImportRows;
import org.lifeline.shared.spreadsheet.TableRow;

/**
 * Reads the rows of a group-buy export against the group buy's packages: each good row with its package, each
 * bad one as a rejection naming line, column and reason (a product the group buy does not sell, a quantity that
 * is not 1 to 99, a 跟团号 with the same product twice).
 */
final class OrderImportRows extends ImportRows {

	private final GroupBuyView groupBuy;

	private final List<Row> rows = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	OrderImportRows(GroupBuyView groupBuy) {
		super(COLUMNS);
		this.groupBuy = groupBuy;
	}

	@Override
	protected void read(TableRow row) {
		String teamNo = cell(row, TEAM_NO);
		String product = cell(row, PRODUCT);
		String address = cell(row, ADDRESS);
		int before = rejectedCount();
		require(row, TEAM_NO, teamNo.length() <= 40 && !teamNo.isEmpty(), "the 跟团号 is missing or too long",
				"problem.supplies.import.teamNo");
		require(row, ADDRESS, !address.isEmpty() && address.length() <= 300, "the address is missing or too long",
				"problem.supplies.import.address");
		Optional<GroupBuyView.Item> item = item(product);
		require(row, PRODUCT, item.isPresent(), "no package named '" + product + "' in group buy " + groupBuy.id(),
				"problem.supplies.import.product", product, String.valueOf(groupBuy.id()));
		Integer quantity = quantity(cell(row, QUANTITY));
		require(row, QUANTITY, quantity != null, "the quantity must be a whole number from 1 to " + GroupOrders.MAX_QUANTITY,
				"problem.supplies.import.quantity", String.valueOf(GroupOrders.MAX_QUANTITY));
		require(row, TEAM_NO, seen.add(teamNo + "\u0000" + product), "跟团号 " + teamNo + " with " + product
				+ " appears twice in the file", "problem.supplies.import.twice", teamNo, product);
		String phone = cell(row, PHONE);
		if (rejectedCount() == before) {
			rows.add(new Row(row.line(), teamNo, product, item.get().packageId(), quantity,
					cut(cell(row, RECIPIENT), 50), phone.isEmpty() ? null : cut(phone, 20), address,
					cut(cell(row, REMARK), 500)));
		}
	}

	private Optional<GroupBuyView.Item> item(String product) {
		String wanted = normal(product);
		return groupBuy.items().stream().filter(i -> normal(i.name()).equals(wanted)).findFirst()
			.or(() -> wanted.isEmpty() ? Optional.empty()
					: groupBuy.items().stream().filter(i -> wanted.contains(normal(i.name()))).findFirst());
	}

	private void require(TableRow row, ImportColumn column, boolean ok, String reason, String key,
			Object... arguments) {
		if (!ok) {
			reject(row.line(), column, reason, key, arguments);
		}
	}

	private static Integer quantity(String text) {
		try {
			int q = (int) Double.parseDouble(text.trim());
			return q >= 1 && q <= GroupOrders.MAX_QUANTITY && q == Double.parseDouble(text.trim()) ? q : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String normal(String text) {
		return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static String cut(String text, int max) {
		return text == null || text.isEmpty() ? null : text.length() > max ? text.substring(0, max) : text;
	}

	List<Row> rows() {
		return rows;
	}

	record Row(long line, String teamNo, String product, long packageId, int quantity, String recipient,
			String phone, String address, String remark) {
	}
}

package org.lifeline.supplies;

import java.util.List;

/** A supplier's package: contents, price in fen, daily stock and what is left for the day asked about. */
public record PackageView(long id, long supplierId, String supplierName, String name, List<String> contents,
		int priceFen, int dailyStock, int stockLeft) {
}
